package org.teamward.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's helper processes (the identity provider, a second server, a cluster and its proxy):
 * ports, waiting for them to answer, and stopping.
 */
public final class Processes {

  private Processes() {}

  public static int freePort() {
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
  public static void stopGroup(Process process) {
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

  /**
   * The command that starts Teamward's WAR on Payara Micro in a process group of its own ({@code
   * setsid}), on {@code port}, with its temporary files in {@code tmp}, followed by {@code flags}.
   */
  public static List<String> payaraMicro(Path tmp, int port, String... flags) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.net.preferIPv4Stack=false",
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("teamward.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--disablephonehome"));
    command.addAll(List.of(flags));
    return command;
  }

  /**
   * Waits until {@code uri} answers 200 (any answer, with {@code anyStatus}): the process started
   * there is ready. Fails when the process ended instead, or after {@code timeout}, naming {@code
   * log}.
   */
  public static void awaitAnswer(
      String what, Process process, URI uri, boolean anyStatus, Duration timeout, Path log) {
    // HTTP/1.1: the JDK client's default asks a plain-HTTP server to upgrade to HTTP/2 first,
    // which is not what a health check of a starting server should depend on.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            what + " stopped with exit code " + process.exitValue() + "; see " + log);
      }
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (anyStatus || status == 200) {
          return;
        }
        last = "status " + status;
      } catch (IOException notYet) {
        last = notYet.toString(); // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    throw new IllegalStateException(
        what + " was not ready within " + timeout + " (" + last + " at " + uri + "); see " + log);
  }

  /** Between two looks at a process that is starting: not a synchronisation of the tests. */
  public static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
