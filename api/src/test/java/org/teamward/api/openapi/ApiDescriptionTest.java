package org.teamward.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiDescriptionTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /api, getApiRoot",
    "GET, /api/me, getMe",
    "POST, /api/device, createDevice",
    "GET, /api/devices, listDevices",
    "DELETE, /api/devices/{id}, deleteDevice",
    "GET, /api/time-bookings, listTimeBookings",
    "POST, /api/time-bookings, createTimeBooking",
    "GET, /api/time-bookings/{id}, getTimeBooking",
    "PUT, /api/time-bookings/{id}, updateTimeBooking",
    "DELETE, /api/time-bookings/{id}, deleteTimeBooking",
    "GET, /api/time-bookings/hours-per-project, getTimeBookingsHoursPerProject",
    "POST, /api/absences/{id}/approve, approveAbsence",
    "POST, /api/attendance/check-in, checkInAttendance",
    "GET, /api/attendance/checked-in, getAttendanceCheckedIn",
    "POST, /api/access-authorisations/{id}/password, passwordAccessAuthorisation",
    "GET, /api/user-groups/{id}, getUserGroup",
  })
  void namesOperationsByMethodAndPath(String method, String path, String id) {
    assertThat(ApiDescription.operationId(method, path)).isEqualTo(id);
  }

  @Test
  void aRepeatedNameGetsANumber() {
    Set<String> taken = new HashSet<>();
    assertThat(ApiDescription.unique("listMe", taken)).isEqualTo("listMe");
    assertThat(ApiDescription.unique("listMe", taken)).isEqualTo("listMe2");
  }
}
