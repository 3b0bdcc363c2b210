package org.teamward.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;
import org.teamward.it.support.Secrets;

/**
 * Runs last: every token and personal password the suite sent or received must be absent from the
 * server's log. (The first-start passwords are printed there once by design and are not part of
 * this set.) And a normal request logs nothing.
 */
public abstract class LogScanTests {

  @Test
  void visitsToTheSignInPageAddNothingToTheLog() throws IOException {
    long before = logSize();
    for (int visit = 0; visit < 20; visit++) {
      // a new visitor each time: no cookie, so each visit makes a web session of its own
      Api.anonymous().get("/login.xhtml").then().statusCode(200);
    }
    // Payara writes log records from a queue; whatever the first visits logged has been written
    // while the later ones were answered, so noise per visit cannot hide here.
    assertThat(logSize())
        .as("bytes the server logged for 20 sign-in page visits")
        .isEqualTo(before);
  }

  public static long logSize() throws IOException {
    long size = 0;
    for (Path log : logs()) {
      size += Files.size(log);
    }
    return size;
  }

  /**
   * The lines the server logged after the logs held {@code size} bytes (see {@link #logSize}), as
   * far as they have been written yet.
   */
  public static List<String> logSince(long size) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path log : logs()) {
      all.append(Files.readString(log, java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] bytes = all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int from = (int) Math.min(size, bytes.length);
    return new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8)
        .lines()
        .toList();
  }

  private static List<Path> logs() throws IOException {
    Path target = Path.of(System.getProperty("teamward.it.target"));
    String prefix = "payara-" + System.getProperty("teamward.it.reportSuffix") + ".log";
    List<Path> logs;
    try (Stream<Path> files = Files.list(target)) {
      logs =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> !p.getFileName().toString().endsWith(".lck"))
              .toList();
    }
    assertThat(logs).as("server logs under " + target).isNotEmpty();
    return logs;
  }

  /**
   * Posts with expired, forged or foreign view states, and with missing or wrong nonces (the
   * hardening group sends them), are the client's doing: they leave no error of Faces, OmniFaces or
   * PrimeFaces, and no stack trace, in the log.
   */
  @Test
  void forgedViewStatesLeaveNoSevereInTheLog() throws IOException {
    for (Path log : logs()) {
      List<String> lines =
          new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
        if (line.contains("SEVERE")) {
          assertThat(line + next)
              .as("a SEVERE record in " + log.getFileName())
              .doesNotContain("faces")
              .doesNotContain("Faces")
              .doesNotContain("omnifaces")
              .doesNotContain("primefaces");
        }
        assertThat(line).doesNotContain("ViewExpiredException").doesNotContain("CspException");
      }
    }
  }

  @Test
  void noSecretEverReachesTheServerLog() throws IOException {
    List<Path> logs = logs();
    assertThat(Secrets.all()).as("secrets handled by the suite").hasSizeGreaterThan(5);
    for (Path log : logs) {
      String content = Files.readString(log);
      assertThat(content).as(log.toString()).contains("Teamward");
      for (String secret : Secrets.all()) {
        assertThat(content).as("secret in " + log).doesNotContain(secret);
      }
    }
  }
}
