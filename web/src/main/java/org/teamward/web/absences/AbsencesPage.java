package org.teamward.web.absences;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.teamward.absence.AbsenceDraft;
import org.teamward.absence.AbsenceFilter;
import org.teamward.absence.AbsencePolicy;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceView;
import org.teamward.absence.Absences;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.employee.Employee;
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
 * Absences: the list of requests with the decisions the policy allows, and who may request for
 * whom. The request form's state is {@link AbsenceRequest}, the calendar of who is away {@link
 * AbsencesCalendar}. Everything shown comes from {@link AbsenceView}, so the reason is blank
 * wherever the caller may not see it.
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
  @Inject AbsenceRequest form;
  @Inject AbsencesCalendar calendar;

  private EmployeePick employeeFilter;
  private AbsenceStatus statusFilter;
  private transient PagedModel<AbsenceView> model;
  private transient List<Employee> requestable;

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

  public boolean isSeesOthers() {
    return policy.seesOthers(grant());
  }

  /**
   * The employee filter's picker: those the caller may see, and those they may record absences for,
   * whose absences they see anyway, by the text typed so far. So a manager needs no EMPLOYEE_VIEW
   * to find someone's request.
   */
  public List<EmployeePick> completeVisible(String text) {
    return EmployeeChoices.union(
        employeeChoices.visible(text).stream()
            .filter(e -> policy.canView(grant(), e.scoped()).allowed())
            .toList(),
        requestable(text, EmployeeChoices.LIMIT));
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

  /** Whether the page of the list shown withholds someone's type and note: said once, below it. */
  public boolean isWithholdsDetails() {
    List<AbsenceView> shown = model == null ? null : model.getWrappedData();
    return shown != null && shown.stream().anyMatch(a -> !a.detailsVisible());
  }

  /** Whether the caller may decide on or cancel any absence; else no Actions column is shown. */
  public boolean isHasRowActions() {
    return UseCase.ABSENCES_APPROVE.allows(grant()) || UseCase.ABSENCES_CANCEL.allows(grant());
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
    Long employeeId = EmployeePick.idOf(form.getEmployee());
    Long forEmployee =
        isRecordsForOthers() && employeeId != null && !grant().isOwn(employeeId)
            ? employeeId
            : null;
    AbsenceDraft draft = form.draft(forEmployee);
    if (failures.attempt(() -> absences.request(draft), FORM) != null) {
      messages.info(forEmployee == null ? "absences.requested" : "absences.recorded");
      form.clearPeriod();
      calendar.forget();
    }
  }

  /** The row actions, each for the row the request names, at the version it shows. */
  public void approveRow() {
    decide((id, version) -> absences.approve(id, version), "absences.approved");
  }

  public void rejectRow() {
    decide((id, version) -> absences.reject(id, version), "absences.rejected");
  }

  public void cancelRow() {
    decide((id, version) -> absences.cancel(id, version), "absences.cancelled");
  }

  private void decide(java.util.function.BiFunction<Long, Long, ?> action, String done) {
    getModel()
        .requested(messages)
        .ifPresent(
            a -> {
              if (failures.attempt(() -> action.apply(a.id(), a.version())) != null) {
                messages.info(done);
                calendar.forget();
              }
            });
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
}
