package org.teamward.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * What a caller sends to create or change a project.
 *
 * @param status null keeps the current status (new projects start active)
 */
public record ProjectDraft(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 200) String name,
    BigDecimal budgetHours,
    ProjectStatus status) {

  private static final BigDecimal MAX_BUDGET = new BigDecimal("99999999.99");

  void validate() {
    Violations.of(this)
        .check(
            budgetHours == null
                || (budgetHours.signum() >= 0
                    && budgetHours.compareTo(MAX_BUDGET) <= 0
                    && budgetHours.stripTrailingZeros().scale() <= 2),
            "budgetHours",
            Rule.HOURS,
            "budgetHours must be between 0 and " + MAX_BUDGET + " with at most two decimals")
        .throwIfAny();
  }
}
