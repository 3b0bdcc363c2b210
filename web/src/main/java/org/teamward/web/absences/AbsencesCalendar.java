package org.teamward.web.absences;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.teamward.absence.AbsenceFilter;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceView;
import org.teamward.absence.Absences;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * The calendar of who is away on the absences page. View scoped like the page, whose requests and
 * decisions have it read again.
 */
@Named
@ViewScoped
public class AbsencesCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Absences absences;
  @Inject Failures failures;
  @Inject Messages messages;

  private transient ScheduleModel calendar;

  /** Reads the calendar again when next shown: an absence was requested or decided. */
  void forget() {
    calendar = null;
  }

  /** Who is away in the period the calendar shows, loaded as the calendar moves. */
  public ScheduleModel getCalendar() {
    if (calendar == null) {
      calendar =
          new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
              Page<AbsenceView> away =
                  failures.attempt(
                      () ->
                          absences.absentBetween(
                              start.toLocalDate(),
                              end.toLocalDate(),
                              PageRequest.first(PageRequest.MAX_LIMIT)));
              if (away != null) {
                away.items().forEach(a -> addEvent(event(a)));
              }
              // Rejected requests too, struck through and named, so that whoever asked sees the
              // answer where they asked; nobody is away for them, so "who is away" leaves them out.
              Page<AbsenceView> rejected =
                  failures.attempt(
                      () ->
                          absences.list(
                              new AbsenceFilter(
                                  null,
                                  start.toLocalDate(),
                                  end.toLocalDate(),
                                  AbsenceStatus.REJECTED),
                              PageRequest.first(PageRequest.MAX_LIMIT)));
              if (rejected != null) {
                rejected.items().forEach(a -> addEvent(event(a)));
              }
            }
          };
    }
    return calendar;
  }

  private DefaultScheduleEvent<?> event(AbsenceView a) {
    String reason =
        a.detailsVisible() && a.type() != null
            ? messages.text("absenceType." + a.type().name())
            : messages.text("absences.absent");
    return DefaultScheduleEvent.builder()
        .id(String.valueOf(a.id()))
        // The status in words as well as in colour and pattern (tw-status-*), never colour alone.
        .title(
            a.employeeName()
                + " · "
                + reason
                + " · "
                + messages.text("absenceStatus." + a.status().name()))
        .startDate(a.from().atStartOfDay())
        .endDate(a.to().plusDays(1).atStartOfDay())
        .allDay(true)
        .editable(false)
        .styleClass("tw-status-" + a.status().name().toLowerCase(Locale.ROOT))
        .build();
  }
}
