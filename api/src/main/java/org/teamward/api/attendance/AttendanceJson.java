package org.teamward.api.attendance;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.api.Versions;
import org.teamward.attendance.AttendanceBreak;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceRow;
import org.teamward.attendance.AttendanceSource;

/**
 * An attendance record as every attendance operation answers it.
 *
 * @param checkOut null while the employee is still checked in
 * @param checkInOffline the check-in was buffered by a terminal while offline and delivered later
 * @param checkOutOffline the same for the check-out
 */
@Schema(name = "AttendanceJson")
public record AttendanceJson(
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long employeeId,
    String employeeName,
    Instant checkIn,
    Instant checkOut,
    AttendanceCategory category,
    AttendanceSource source,
    @Schema(required = true) boolean checkInOffline,
    @Schema(required = true) boolean checkOutOffline,
    @Schema(required = true) boolean onBreak,
    List<BreakJson> breaks) {

  @Schema(name = "BreakJson")
  public record BreakJson(Instant start, Instant end) {

    static BreakJson of(AttendanceBreak b) {
      return new BreakJson(b.getStart(), b.getEnd());
    }
  }

  /** A row of the list; its decisions are the web's to show, not part of the JSON. */
  static AttendanceJson of(AttendanceRow r) {
    return new AttendanceJson(
        r.id(),
        r.version(),
        r.employeeId(),
        r.employeeName(),
        r.checkIn(),
        r.checkOut(),
        r.category(),
        r.source(),
        r.checkInOffline(),
        r.checkOutOffline(),
        r.onBreak(),
        r.breaks().stream().map(BreakJson::of).toList());
  }

  /** One record, in the same shape as a row of the list. */
  static AttendanceJson of(AttendanceRecord r) {
    return of(AttendanceRow.of(r, false, false));
  }

  /** 200 with the record and its ETag. */
  static Response ok(AttendanceRecord record) {
    return Versions.ok(of(record), record.getVersion());
  }
}
