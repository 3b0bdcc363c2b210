package org.teamward.web.myday;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.teamward.access.rights.Caller;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceSource;
import org.teamward.attendance.Breaks;
import org.teamward.attendance.Clockings;
import org.teamward.paging.PageRequest;
import org.teamward.time.TimeBookingFilter;
import org.teamward.time.TimeBookingRow;
import org.teamward.time.TimeBookings;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.shell.Navigation;

/** The start page: check in, take a break, check out, and see today's bookings. */
@Named
@RequestScoped
public class MyDayPage {

  @Inject Caller caller;
  @Inject Attendance attendance;
  @Inject Clockings clockings;
  @Inject Breaks breaks;
  @Inject TimeBookings timeBookings;
  @Inject Navigation nav;
  @Inject Failures failures;
  @Inject Messages messages;

  private AttendanceCategory category = AttendanceCategory.OFFICE;
  private AttendanceRecord current;
  private boolean currentLoaded;
  private List<TimeBookingRow> bookings;

  public boolean isHasEmployee() {
    return caller.grant().ownEmployeeId() != null;
  }

  public AttendanceRecord getCurrent() {
    if (!currentLoaded && isHasEmployee() && nav.isCheckInOut()) {
      current = attendance.current(null);
      currentLoaded = true;
    }
    return current;
  }

  public List<TimeBookingRow> getBookings() {
    if (bookings == null) {
      bookings =
          isHasEmployee() && nav.isBookings()
              ? timeBookings
                  .rows(
                      new TimeBookingFilter(caller.grant().ownEmployeeId(), null, today(), today()),
                      PageRequest.first(PageRequest.MAX_LIMIT))
                  .items()
              : List.of();
    }
    return bookings;
  }

  public String getBookedToday() {
    return format(
        Duration.ofMinutes(getBookings().stream().mapToInt(TimeBookingRow::durationMinutes).sum()));
  }

  public String getWorked() {
    AttendanceRecord record = getCurrent();
    return record == null ? "" : format(record.worked(Instant.now()));
  }

  /** Local time of the check-in, in the caller's zone. */
  public String getSince() {
    AttendanceRecord record = getCurrent();
    return record == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm").withZone(nav.getZone()).format(record.getCheckIn());
  }

  public void checkIn() {
    act(() -> clockings.checkIn(null, category, null, AttendanceSource.WEB), "myday.checkedIn");
  }

  public void checkOut() {
    act(() -> clockings.checkOut(null, null), "myday.checkedOut");
  }

  public void startBreak() {
    act(() -> breaks.startBreak(null, null), "myday.breakStarted");
  }

  public void endBreak() {
    act(() -> breaks.endBreak(null, null), "myday.breakEnded");
  }

  private void act(Runnable action, String doneKey) {
    if (failures.attempt(action)) {
      messages.info(doneKey);
    }
    currentLoaded = false;
  }

  private LocalDate today() {
    return LocalDate.now(nav.getZone());
  }

  static String format(Duration duration) {
    return String.format("%d:%02d h", duration.toHours(), duration.toMinutesPart());
  }

  public AttendanceCategory[] getCategories() {
    return AttendanceCategory.values();
  }

  public AttendanceCategory getCategory() {
    return category;
  }

  public void setCategory(AttendanceCategory category) {
    this.category = category;
  }
}
