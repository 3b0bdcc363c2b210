package org.teamward.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180), for both channels. A cell that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe, so that
 * an e-mail address attempted at a sign-in cannot become a formula on the auditor's machine.
 */
public final class AuditCsv {

  public static final String MEDIA_TYPE = "text/csv";

  static final List<String> HEADER =
      List.of(
          "occurredAt",
          "actorKind",
          "actorId",
          "actorName",
          "credential",
          "credentialId",
          "clientIp",
          "action",
          "outcome",
          "targetType",
          "targetId",
          "detail",
          "attempts");

  private final Writer out;

  public AuditCsv(Writer out) {
    this.out = out;
  }

  public AuditCsv header() {
    line(HEADER);
    return this;
  }

  public void row(AuditRow e) {
    line(
        List.of(
            String.valueOf(e.occurredAt()),
            e.actorKind().name(),
            text(e.actorId()),
            text(e.actorName()),
            text(e.credential()),
            text(e.credentialId()),
            text(e.clientIp()),
            text(e.action()),
            e.outcome().name(),
            text(e.targetType()),
            text(e.targetId()),
            text(e.detail()),
            String.valueOf(e.attempts())));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private void line(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cell(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
