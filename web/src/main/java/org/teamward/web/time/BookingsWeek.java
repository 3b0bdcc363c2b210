package org.teamward.web.time;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.teamward.access.rights.Caller;
import org.teamward.paging.PageRequest;
import org.teamward.time.TimeBookingFilter;
import org.teamward.time.TimeBookingRow;
import org.teamward.time.TimeBookings;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.shell.Navigation;

/**
 * The caller's own week on the bookings page: hours per project and day. View scoped because the
 * shown week stays while the caller pages through weeks and books.
 */
@Named
@ViewScoped
public class BookingsWeek implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TimeBookings timeBookings;
  @Inject Caller caller;
  @Inject Navigation nav;
  @Inject Failures failures;
  @Inject Messages messages;

  private LocalDate weekStart;
  private transient List<WeekRow> week;

  /** One project's hours on each day of the week, Monday first. */
  public record WeekRow(String project, List<String> days, String total) {}

  /** Reads the week again when next shown: a booking was saved or deleted. */
  void forget() {
    week = null;
  }

  public boolean isHasWeek() {
    return caller.grant().ownEmployeeId() != null;
  }

  public LocalDate getWeekStart() {
    if (weekStart == null) {
      weekStart =
          LocalDate.now(nav.getZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    return weekStart;
  }

  public LocalDate getWeekEnd() {
    return getWeekStart().plusDays(6);
  }

  /** The seven dates of the shown week, for the column headers. */
  public List<LocalDate> getWeekDays() {
    return getWeekStart().datesUntil(getWeekStart().plusDays(7)).toList();
  }

  public void previousWeek() {
    weekStart = getWeekStart().minusWeeks(1);
    week = null;
  }

  public void nextWeek() {
    weekStart = getWeekStart().plusWeeks(1);
    week = null;
  }

  public void thisWeek() {
    weekStart = null;
    week = null;
  }

  /** Hours per project and day, from one list call over the week. */
  public List<WeekRow> getWeek() {
    if (week == null) {
      Long own = caller.grant().ownEmployeeId();
      List<TimeBookingRow> bookings =
          own == null
              ? List.of()
              : failures.attempt(
                  () ->
                      timeBookings
                          .rows(
                              new TimeBookingFilter(own, null, getWeekStart(), getWeekEnd()),
                              PageRequest.first(PageRequest.MAX_LIMIT))
                          .items());
      Map<String, int[]> minutes = new TreeMap<>();
      int[] totals = new int[7];
      for (TimeBookingRow b : bookings == null ? List.<TimeBookingRow>of() : bookings) {
        int day = b.date().getDayOfWeek().getValue() - 1;
        String project = b.projectCode() + " · " + b.projectName();
        minutes.computeIfAbsent(project, k -> new int[7])[day] += b.durationMinutes();
        totals[day] += b.durationMinutes();
      }
      List<WeekRow> rows = new ArrayList<>();
      minutes.forEach((project, days) -> rows.add(row(project, days)));
      if (!rows.isEmpty()) {
        rows.add(row(messages.text("bookings.week.total"), totals));
      }
      week = rows;
    }
    return week;
  }

  private static WeekRow row(String label, int[] days) {
    List<String> cells = new ArrayList<>();
    int sum = 0;
    for (int m : days) {
      cells.add(m == 0 ? "" : hours(m));
      sum += m;
    }
    return new WeekRow(label, cells, hours(sum));
  }

  static String hours(int minutes) {
    Duration d = Duration.ofMinutes(minutes);
    return String.format("%d:%02d", d.toHours(), d.toMinutesPart());
  }
}
