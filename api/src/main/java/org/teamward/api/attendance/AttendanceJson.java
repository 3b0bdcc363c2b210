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

  static AttendanceJson of(AttendanceRecord r) {
    return new AttendanceJson(
        r.getId(),
        r.getVersion(),
        r.getEmployee().getId(),
        r.getEmployee().getFullName(),
        r.getCheckIn(),
        r.getCheckOut(),
        r.getCategory(),
        r.getSource(),
        r.isCheckInOffline(),
        r.isCheckOutOffline(),
        r.isOnBreak(),
        r.getBreaks().stream().map(BreakJson::of).toList());
  }

  /** 200 with the record and its ETag. */
  static Response ok(AttendanceRecord record) {
    return Versions.ok(of(record), record.getVersion());
  }
}
