package org.teamward.attendance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.teamward.audit.Area;
import org.teamward.audit.PersonalRecord;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;

/** One stretch of presence: checked in, optionally interrupted by breaks, checked out. */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord extends Identified implements PersonalRecord {

  @ManyToOne(optional = false)
  private Employee employee;

  @Column(name = "check_in")
  private Instant checkIn;

  @Column(name = "check_out")
  private Instant checkOut;

  @Enumerated(EnumType.STRING)
  private AttendanceCategory category = AttendanceCategory.OFFICE;

  @Enumerated(EnumType.STRING)
  private AttendanceSource source = AttendanceSource.WEB;

  /** The check-in reached the server from a terminal's offline buffer, after the fact. */
  @Column(name = "check_in_offline")
  private boolean checkInOffline;

  @Column(name = "check_out_offline")
  private boolean checkOutOffline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "attendance_break", joinColumns = @JoinColumn(name = "record_id"))
  @OrderBy("start")
  private List<AttendanceBreak> breaks = new ArrayList<>();

  @Override
  public long personalEmployeeId() {
    return employee.getId();
  }

  @Override
  public Area personalArea() {
    return Area.ATTENDANCE;
  }

  public Employee getEmployee() {
    return employee;
  }

  public void setEmployee(Employee employee) {
    this.employee = employee;
  }

  public Instant getCheckIn() {
    return checkIn;
  }

  public void setCheckIn(Instant checkIn) {
    this.checkIn = checkIn;
  }

  public Instant getCheckOut() {
    return checkOut;
  }

  public void setCheckOut(Instant checkOut) {
    this.checkOut = checkOut;
  }

  public AttendanceCategory getCategory() {
    return category;
  }

  public void setCategory(AttendanceCategory category) {
    this.category = category;
  }

  public AttendanceSource getSource() {
    return source;
  }

  public void setSource(AttendanceSource source) {
    this.source = source;
  }

  public boolean isCheckInOffline() {
    return checkInOffline;
  }

  public void setCheckInOffline(boolean checkInOffline) {
    this.checkInOffline = checkInOffline;
  }

  public boolean isCheckOutOffline() {
    return checkOutOffline;
  }

  public void setCheckOutOffline(boolean checkOutOffline) {
    this.checkOutOffline = checkOutOffline;
  }

  public List<AttendanceBreak> getBreaks() {
    return breaks;
  }

  public boolean isOpen() {
    return checkOut == null;
  }

  public boolean isOnBreak() {
    return onBreak(breaks);
  }

  /** The last break has no end yet; shared with {@link AttendanceRow}, which holds no entity. */
  static boolean onBreak(List<AttendanceBreak> breaks) {
    return !breaks.isEmpty() && breaks.get(breaks.size() - 1).getEnd() == null;
  }

  public void startBreak(Instant at) {
    breaks.add(new AttendanceBreak(at, null));
  }

  public void endBreak(Instant at) {
    breaks.get(breaks.size() - 1).end(at);
  }

  /**
   * How long a record may stay open before it looks like a forgotten check-out: longer than any
   * shift the Working Hours Act allows, so that a night shift is never flagged.
   */
  public static final Duration LIKELY_FORGOTTEN = Duration.ofHours(12);

  /** Still open {@link #LIKELY_FORGOTTEN} after the check-in: someone forgot to check out. */
  public boolean isLikelyForgotten(Instant now) {
    return likelyForgotten(checkIn, checkOut, now);
  }

  static boolean likelyForgotten(Instant checkIn, Instant checkOut, Instant now) {
    return checkOut == null && Duration.between(checkIn, now).compareTo(LIKELY_FORGOTTEN) > 0;
  }

  /** Time worked so far: presence minus breaks, up to {@code now} while still open. */
  public Duration worked(Instant now) {
    return worked(checkIn, checkOut, breaks, now);
  }

  static Duration worked(
      Instant checkIn, Instant checkOut, List<AttendanceBreak> breaks, Instant now) {
    Instant until = checkOut == null ? now : checkOut;
    Duration total = Duration.between(checkIn, until);
    for (AttendanceBreak b : breaks) {
      total = total.minus(Duration.between(b.getStart(), b.getEnd() == null ? until : b.getEnd()));
    }
    return total.isNegative() ? Duration.ZERO : total;
  }
}
