package org.teamward.web.absences;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.teamward.absence.AbsenceDraft;
import org.teamward.absence.AbsenceFilter;
import org.teamward.absence.AbsencePolicy;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.absence.AbsenceView;
import org.teamward.absence.Absences;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.employee.Employee;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;
import org.teamward.web.UseCase;
import org.teamward.web.shell.Navigation;

/**
 * Absences: the request form, a calendar of who is away in the shown period, and the list of
 * requests with the decisions the policy allows. Everything shown comes from {@link AbsenceView},
 * so the reason is blank wherever the caller may not see it.
 */
@Named
@ViewScoped
public class AbsencesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Absences absences;
  @Inject AbsencePolicy policy;
  @Inject Caller caller;
  @Inject Navigation nav;
  @Inject EmployeeChoices employeeChoices;
  @Inject Failures failures;
  @Inject Messages messages;

  private EmployeePick employeeFilter;
  private AbsenceStatus statusFilter;
  private transient PagedModel<AbsenceView> model;
  private transient ScheduleModel calendar;
  private transient List<Employee> requestable;

  private EmployeePick employee;
  private AbsenceType type = AbsenceType.ANNUAL_LEAVE;
  private LocalDate from;
  private LocalDate to;
  private boolean startHalfDay;
  private boolean endHalfDay;
  private String note;
  private boolean medicalCertificate;

  private Grant grant() {
    return caller.grant();
  }

  public PagedModel<AbsenceView> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          absences.list(
                              new AbsenceFilter(
                                  isSeesOthers() ? EmployeePick.idOf(employeeFilter) : null,
                                  null,
                                  null,
                                  statusFilter),
                              new PageRequest(offset, limit))),
              AbsenceView::id);
    }
    return model;
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
        .styleClass("tw-status-" + a.status().name().toLowerCase(java.util.Locale.ROOT))
        .build();
  }

  public boolean isSeesOthers() {
    return policy.seesOthers(grant());
  }

  /**
   * The employee filter's picker: those the caller may see, and those they may record absences for,
   * whose absences they see anyway, by the text typed so far. So a manager needs no EMPLOYEE_VIEW
   * to find someone's request.
   */
  public List<EmployeePick> completeVisible(String text) {
    return EmployeeChoices.picks(
        EmployeeChoices.union(
            employeeChoices.visible(text).stream()
                .filter(e -> policy.canView(grant(), e).allowed())
                .toList(),
            requestable(text, EmployeeChoices.LIMIT)));
  }

  /** The request form's picker: whom the caller may record an absence for. */
  public List<EmployeePick> completeRequestable(String text) {
    return EmployeeChoices.picks(requestable(text, EmployeeChoices.LIMIT));
  }

  /**
   * Employees the caller may record an absence for, from the request use case's own choices: no
   * EMPLOYEE_VIEW needed, exactly as over the API.
   */
  private List<Employee> requestable(String text, int limit) {
    List<Employee> found =
        isMayRequest() ? failures.attempt(() -> absences.requestableEmployees(text, limit)) : null;
    return found == null ? List.of() : found;
  }

  private boolean isMayRequest() {
    return UseCase.ABSENCES_REQUEST.allows(grant());
  }

  public boolean isCanRequest() {
    return isMayRequest() && (grant().ownEmployeeId() != null || isRecordsForOthers());
  }

  /**
   * The employee picker appears for managers, who may record absences for others: the first two
   * choices tell whether there is anyone besides the caller. Read once per view.
   */
  public boolean isRecordsForOthers() {
    if (requestable == null) {
      requestable = requestable(null, 2);
    }
    return requestable.stream().anyMatch(e -> !grant().isOwn(e.getId()));
  }

  /** Whether the caller may decide on or cancel any absence; else no Actions column is shown. */
  /** Whether the page of the list shown withholds someone's type and note: said once, below it. */
  public boolean isWithholdsDetails() {
    List<AbsenceView> shown = model == null ? null : model.getWrappedData();
    return shown != null && shown.stream().anyMatch(a -> !a.detailsVisible());
  }

  public boolean isHasRowActions() {
    return UseCase.ABSENCES_APPROVE.allows(grant()) || UseCase.ABSENCES_CANCEL.allows(grant());
  }

  public boolean canDecide(AbsenceView a) {
    return a.decidable();
  }

  /** Judged by the domain, with "today" in the employee's own time zone. */
  public boolean canCancel(AbsenceView a) {
    return a.cancellable();
  }

  /** The request form's inputs, by the use case's field names. */
  static final FormFields FORM =
      FormFields.of("requestForm")
          .field("employeeId", "absences:employee", "col.employee")
          .field("type", "absences:type", "absences.type")
          .field("from", "absences:from", "common.from")
          .field("to", "absences:to", "common.to")
          .field("endHalfDay", "absences:endHalfDay", "absences.endHalfDay")
          .field("note", "absences:note", "absences.note");

  public void request() {
    Long employeeId = EmployeePick.idOf(employee);
    Long forEmployee =
        isRecordsForOthers() && employeeId != null && !grant().isOwn(employeeId)
            ? employeeId
            : null;
    AbsenceDraft draft =
        new AbsenceDraft(
            forEmployee, type, from, to, startHalfDay, endHalfDay, note, medicalCertificate);
    if (failures.attempt(() -> absences.request(draft), FORM) != null) {
      messages.info(forEmployee == null ? "absences.requested" : "absences.recorded");
      from = null;
      to = null;
      startHalfDay = false;
      endHalfDay = false;
      note = null;
      medicalCertificate = false;
      calendar = null;
    }
  }

  public void approve(long id, long version) {
    if (failures.attempt(() -> absences.approve(id, version)) != null) {
      messages.info("absences.approved");
      calendar = null;
    }
  }

  public void reject(long id, long version) {
    if (failures.attempt(() -> absences.reject(id, version)) != null) {
      messages.info("absences.rejected");
      calendar = null;
    }
  }

  public void cancel(long id, long version) {
    if (failures.attempt(() -> absences.cancel(id, version)) != null) {
      messages.info("absences.cancelled");
      calendar = null;
    }
  }

  public AbsenceType[] getTypes() {
    return AbsenceType.values();
  }

  public AbsenceStatus[] getStatuses() {
    return AbsenceStatus.values();
  }

  public EmployeePick getEmployeeFilter() {
    return employeeFilter;
  }

  public void setEmployeeFilter(EmployeePick employeeFilter) {
    this.employeeFilter = employeeFilter;
  }

  public AbsenceStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(AbsenceStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  /** Empty means the caller themselves, as the picker's placeholder says. */
  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
    this.employee = employee;
  }

  public AbsenceType getType() {
    return type;
  }

  public void setType(AbsenceType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isStartHalfDay() {
    return startHalfDay;
  }

  public void setStartHalfDay(boolean startHalfDay) {
    this.startHalfDay = startHalfDay;
  }

  public boolean isEndHalfDay() {
    return endHalfDay;
  }

  public void setEndHalfDay(boolean endHalfDay) {
    this.endHalfDay = endHalfDay;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isMedicalCertificate() {
    return medicalCertificate;
  }

  public void setMedicalCertificate(boolean medicalCertificate) {
    this.medicalCertificate = medicalCertificate;
  }
}
