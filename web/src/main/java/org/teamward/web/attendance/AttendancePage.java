package org.teamward.web.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.teamward.access.rights.Caller;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceBreak;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceCorrection;
import org.teamward.attendance.AttendanceFilter;
import org.teamward.attendance.AttendancePolicy;
import org.teamward.attendance.AttendanceRow;
import org.teamward.attendance.Corrections;
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
 * Attendance records: the caller's own, and others' for those who may see them. Days are the
 * viewer's days; times show in the viewer's zone. View scoped for the correction dialog, which
 * keeps the record's id and version.
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject Attendance attendance;
  @Inject Corrections corrections;
  @Inject AttendancePolicy policy;
  @Inject Caller caller;
  @Inject Navigation nav;
  @Inject EmployeeChoices employeeChoices;
  @Inject ClockingPanel clocking;
  @Inject Failures failures;
  @Inject Messages messages;

  private EmployeePick employeeFilter;
  private LocalDate from;
  private LocalDate to;
  private transient PagedModel<AttendanceRow> model;

  private Long editId;
  private Long editVersion;
  private LocalDateTime checkIn;
  private LocalDateTime checkOut;
  private AttendanceCategory category;

  public PagedModel<AttendanceRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          attendance.list(
                              new AttendanceFilter(
                                  isSeesOthers() ? EmployeePick.idOf(employeeFilter) : null,
                                  startOf(from),
                                  startOf(to == null ? null : to.plusDays(1))),
                              new PageRequest(offset, limit))),
              AttendanceRow::id);
    }
    return model;
  }

  private Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(nav.getZone()).toInstant();
  }

  /** The employee filter and column appear only for those who see others' records. */
  public boolean isSeesOthers() {
    return policy.seesOthers(caller.grant());
  }

  /**
   * The employee filter's picker: those the caller may see, and those they may clock, whose records
   * they see anyway, by the text typed so far. So an attendance manager needs no EMPLOYEE_VIEW to
   * find someone's records.
   */
  public List<EmployeePick> completeVisible(String text) {
    return EmployeeChoices.union(
        employeeChoices.visible(text).stream()
            .filter(e -> policy.canView(caller.grant(), e.scoped()).allowed())
            .toList(),
        clocking.choices(text).stream()
            .filter(e -> policy.canView(caller.grant(), e).allowed())
            .toList());
  }

  /**
   * Whether the caller may correct or delete any record at all, as the use cases declare; without
   * it the Actions column and the correction dialog are not rendered. Which row offers which action
   * its row says ({@link AttendanceRow#mayCorrect()}), decided when the rows were read.
   */
  public boolean isHasRowActions() {
    return isMayCorrect() || UseCase.CORRECTIONS_DELETE.allows(caller.grant());
  }

  public boolean isMayCorrect() {
    return UseCase.CORRECTIONS_CORRECT.allows(caller.grant());
  }

  public String breaks(AttendanceRow record) {
    return record.breaks().stream().map(this::format).collect(Collectors.joining(", "));
  }

  private String format(AttendanceBreak b) {
    return time(b.getStart()) + "–" + (b.getEnd() == null ? "" : time(b.getEnd()));
  }

  private String time(Instant instant) {
    return TIME.withZone(nav.getZone()).format(instant);
  }

  public String worked(AttendanceRow record) {
    Duration worked = record.worked(Instant.now());
    return String.format("%d:%02d h", worked.toHours(), worked.toMinutesPart());
  }

  public boolean likelyForgotten(AttendanceRow record) {
    return record.likelyForgotten(Instant.now());
  }

  /** The hint at a likely forgotten check-out, with the hours since the check-in. */
  public String forgotten(AttendanceRow record) {
    return messages.text(
        "attendance.forgotten", Duration.between(record.checkIn(), Instant.now()).toHours());
  }

  public void edit(AttendanceRow record) {
    editId = record.id();
    editVersion = record.version();
    checkIn = LocalDateTime.ofInstant(record.checkIn(), nav.getZone());
    checkOut =
        record.checkOut() == null
            ? null
            : LocalDateTime.ofInstant(record.checkOut(), nav.getZone());
    category = record.category();
  }

  /** The correction dialog's inputs, by the use case's field names. */
  static final FormFields FORM =
      FormFields.of("correctionForm")
          .field("checkIn", "attendance:checkIn", "attendance.checkIn")
          .field("checkOut", "attendance:checkOut", "attendance.checkOut")
          .field("category", "attendance:category", "myday.category");

  public void save() {
    if (editId == null) {
      return;
    }
    AttendanceCorrection correction =
        new AttendanceCorrection(instant(checkIn), instant(checkOut), category);
    if (failures.attempt(() -> corrections.correct(editId, editVersion, correction), FORM)
        != null) {
      messages.info("attendance.corrected");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(nav.getZone()).toInstant();
  }

  /** The row action "correct", for the row the request names. */
  public void editRow() {
    getModel().requested(messages).ifPresent(this::edit);
  }

  /** The row action "delete", for the row the request names, at the version it shows. */
  public void deleteRow() {
    getModel().requested(messages).ifPresent(r -> delete(r.id(), r.version()));
  }

  public void delete(long id, long version) {
    if (failures.attempt(() -> corrections.delete(id, version))) {
      messages.info("attendance.deleted");
    }
  }

  public AttendanceCategory[] getCategories() {
    return AttendanceCategory.values();
  }

  public EmployeePick getEmployeeFilter() {
    return employeeFilter;
  }

  public void setEmployeeFilter(EmployeePick employeeFilter) {
    this.employeeFilter = employeeFilter;
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

  public LocalDateTime getCheckIn() {
    return checkIn;
  }

  public void setCheckIn(LocalDateTime checkIn) {
    this.checkIn = checkIn;
  }

  public LocalDateTime getCheckOut() {
    return checkOut;
  }

  public void setCheckOut(LocalDateTime checkOut) {
    this.checkOut = checkOut;
  }

  public AttendanceCategory getCategory() {
    return category;
  }

  public void setCategory(AttendanceCategory category) {
    this.category = category;
  }
}
