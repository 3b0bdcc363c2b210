package org.teamward.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.teamward.audit.AuditCsv;
import org.teamward.audit.AuditFilter;
import org.teamward.audit.AuditLog;
import org.teamward.audit.Outcome;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotAuthenticated;

/**
 * The CSV download of the audit page, streamed from the database in chunks as the browser reads it.
 * A plain servlet, because a Faces download would hold the whole file in memory first. It decides
 * nothing: the use case checks the right when the export starts.
 */
@WebServlet("/audit/events.csv")
public class AuditDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog log;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    org.teamward.audit.AuditExport export;
    try {
      export =
          log.export(
              new AuditFilter(
                  request.getParameter("actor"),
                  request.getParameter("type"),
                  instant(request.getParameter("from")),
                  instant(request.getParameter("to")),
                  outcome(request.getParameter("outcome"))));
    } catch (NotAuthenticated | Forbidden refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (Invalid | IllegalArgumentException | DateTimeParseException bad) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType(AuditCsv.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
    BufferedWriter writer =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    AuditCsv csv = new AuditCsv(writer).header();
    export.forEach(csv::row);
    writer.flush();
  }

  private static Instant instant(String text) {
    return text == null || text.isBlank() ? null : Instant.parse(text);
  }

  private static Outcome outcome(String text) {
    return text == null || text.isBlank() ? null : Outcome.valueOf(text);
  }
}
