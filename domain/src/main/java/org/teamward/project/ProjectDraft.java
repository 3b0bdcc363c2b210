package org.teamward.project;

import java.math.BigDecimal;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * What a caller sends to create or change a project.
 *
 * @param status null keeps the current status (new projects start active)
 */
public record ProjectDraft(String code, String name, BigDecimal budgetHours, ProjectStatus status) {

  private static final BigDecimal MAX_BUDGET = new BigDecimal("99999999.99");

  void validate() {
    new Violations()
        .text("code", code, 32)
        .text("name", name, 200)
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
