package org.teamward.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.teamward.absence.AbsenceView;
import org.teamward.absence.Absences;
import org.teamward.access.rights.Caller;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.time.ProjectHours;
import org.teamward.time.TimeBookings;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.UseCase;
import org.teamward.web.shell.Navigation;

/**
 * The dashboard. Each widget shows only when the caller may use its use case, and each shows only
 * what that use case answers for the caller's scope.
 */
@Named
@RequestScoped
public class DashboardPage {

  /** How many names a widget lists; the rest is a count. */
  static final int WIDGET_ROWS = 20;

  @Inject TimeBookings timeBookings;
  @Inject Absences absences;
  @Inject Attendance attendance;
  @Inject Caller caller;
  @Inject Navigation nav;
  @Inject Failures failures;
  @Inject Messages messages;

  private List<ProjectHours> hours;
  private Page<AbsenceView> absentToday;
  private Page<AbsenceView> absentThisWeek;
  private Page<AttendanceRecord> checkedIn;

  private boolean allows(UseCase useCase) {
    return useCase.allows(caller.grant());
  }

  public boolean isShowsHours() {
    return allows(UseCase.TIME_BOOKINGS_HOURS_PER_PROJECT);
  }

  public boolean isShowsAbsences() {
    return allows(UseCase.ABSENCES_ABSENT_BETWEEN);
  }

  public boolean isShowsCheckedIn() {
    return allows(UseCase.ATTENDANCE_CHECKED_IN_NOW);
  }

  private LocalDate today() {
    return LocalDate.now(nav.getZone());
  }

  public LocalDate getHoursFrom() {
    return today().minusWeeks(4).plusDays(1);
  }

  public LocalDate getHoursTo() {
    return today();
  }

  public List<ProjectHours> getHours() {
    if (hours == null) {
      hours =
          isShowsHours()
              ? failures.attempt(() -> timeBookings.hoursPerProject(getHoursFrom(), getHoursTo()))
              : null;
      if (hours == null) {
        hours = List.of();
      }
    }
    return hours;
  }

  /** The Chart.js configuration of the bar chart, as JSON for {@code p:chart}. */
  public String getHoursChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (ProjectHours h : getHours()) {
      labels.add(h.code());
      data.add(Math.round(h.hours() * 10) / 10.0);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", messages.text("dashboard.hours.series"))
                                .add("data", data)
                                .add("backgroundColor", "#1f6feb"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                // The unit on the axis, so the bars read as hours.
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", messages.text("dashboard.hours.axis"))))))
        .build()
        .toString();
  }

  /** One project's hours, rounded to a tenth, for the chart's table of figures. */
  public String hoursOf(ProjectHours h) {
    return String.format(java.util.Locale.ROOT, "%.1f", Math.round(h.hours() * 10) / 10.0);
  }

  public Page<AbsenceView> getAbsentToday() {
    if (absentToday == null) {
      absentToday = away(today(), today());
    }
    return absentToday;
  }

  public Page<AbsenceView> getAbsentThisWeek() {
    if (absentThisWeek == null) {
      LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      absentThisWeek = away(monday, monday.plusDays(6));
    }
    return absentThisWeek;
  }

  private Page<AbsenceView> away(LocalDate from, LocalDate to) {
    Page<AbsenceView> page =
        isShowsAbsences()
            ? failures.attempt(
                () -> absences.absentBetween(from, to, PageRequest.first(WIDGET_ROWS)))
            : null;
    return page == null ? new Page<>(0, 0, WIDGET_ROWS, List.of()) : page;
  }

  public Page<AttendanceRecord> getCheckedIn() {
    if (checkedIn == null) {
      checkedIn =
          isShowsCheckedIn()
              ? failures.attempt(() -> attendance.checkedInNow(PageRequest.first(WIDGET_ROWS)))
              : null;
      if (checkedIn == null) {
        checkedIn = new Page<>(0, 0, WIDGET_ROWS, List.of());
      }
    }
    return checkedIn;
  }

  /** How many more there are than the widget lists. */
  public long more(Page<?> page) {
    return Math.max(0, page.total() - page.items().size());
  }
}
