-- Indexes in the order the lists sort by, so that a page of 50 is read from the index instead of
-- sorting every matching row first: all bookings newest first (b.date desc, b.start, b.id), all
-- attendance latest first (r.checkIn desc, r.id), all absences latest first (a.from desc, a.id),
-- and each of them for one employee. The one-employee indexes replace the ones that only
-- filtered; H2 and PostgreSQL both read an index backwards or forwards as the order needs.
CREATE INDEX ix_time_booking_order ON time_booking (booking_date DESC, start_time, id);
CREATE INDEX ix_time_booking_employee_order ON time_booking (employee_id, booking_date DESC, start_time, id);
DROP INDEX ix_time_booking_employee_date;

CREATE INDEX ix_attendance_order ON attendance_record (check_in DESC, id);

CREATE INDEX ix_absence_order ON absence (start_date DESC, id);
CREATE INDEX ix_absence_employee_order ON absence (employee_id, start_date DESC, id);
