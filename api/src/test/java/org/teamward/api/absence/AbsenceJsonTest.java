package org.teamward.api.absence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.absence.AbsenceView;
import org.teamward.api.absence.AbsencesResource.AbsenceJson;

class AbsenceJsonTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  private static AbsenceView view(boolean details) {
    return new AbsenceView(
        1200,
        2,
        1000,
        "Anna Schmidt",
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 4),
        false,
        true,
        AbsenceStatus.APPROVED,
        null,
        details,
        details ? AbsenceType.SICKNESS : null,
        details ? "flu" : null,
        details ? Boolean.TRUE : null,
        false,
        false);
  }

  @Test
  void withheldDetailsAreLeftOutNotNull() {
    String json = jsonb.toJson(AbsenceJson.of(view(false)));

    assertThat(json)
        .doesNotContain("\"type\"", "\"note\"", "\"medicalCertificate\"", "null")
        .contains(
            "\"employeeId\":1000",
            "\"from\":\"2026-03-02\"",
            "\"status\":\"APPROVED\"",
            "\"detailsVisible\":false");
  }

  @Test
  void visibleDetailsAreShown() {
    String json = jsonb.toJson(AbsenceJson.of(view(true)));

    assertThat(json)
        .contains("\"type\":\"SICKNESS\"", "\"note\":\"flu\"", "\"medicalCertificate\":true");
  }
}
