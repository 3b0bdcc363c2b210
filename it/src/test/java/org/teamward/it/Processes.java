package org.teamward.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/** The suite's helper processes (the identity provider, a second server): ports and stopping. */
final class Processes {

  private Processes() {}

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends a process started with {@code setsid}, with every process it started: it leads a group of
   * its own, whose id is its own.
   */
  static void stopGroup(Process process) {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      signalGroup(process, "TERM");
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        signalGroup(process, "KILL");
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void signalGroup(Process process, String signal) throws InterruptedException {
    try {
      new ProcessBuilder("kill", "-" + signal, "--", "-" + process.pid())
          .inheritIO()
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      process.destroyForcibly();
    }
  }

  /** Between two looks at a process that is starting: not a synchronisation of the tests. */
  static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
