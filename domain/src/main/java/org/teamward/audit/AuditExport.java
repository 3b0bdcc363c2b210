package org.teamward.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * An export the caller was allowed to start: it reads the log in chunks, each one a guarded use
 * case of its own, so that neither memory nor one transaction grows with the length of the log.
 */
public final class AuditExport {

  private final AuditLog log;
  private final AuditFilter filter;

  AuditExport(AuditLog log, AuditFilter filter) {
    this.log = log;
    this.filter = filter;
  }

  /** Hands every selected event to {@code sink}, newest first. */
  public void forEach(Consumer<AuditRow> sink) {
    AuditLog.Cursor after = null;
    while (true) {
      List<AuditRow> chunk = log.chunk(filter, after);
      chunk.forEach(sink);
      if (chunk.size() < AuditLog.EXPORT_CHUNK) {
        return;
      }
      after = AuditLog.Cursor.after(chunk.get(chunk.size() - 1));
    }
  }
}
