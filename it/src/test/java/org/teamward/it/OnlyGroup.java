package org.teamward.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one nested group of the suite alone, for quick rounds while working on it: {@code
 * -Dteamward.it.only=WebUi} skips every other group. Without the property everything runs.
 */
final class OnlyGroup implements ExecutionCondition {

  static final String PROPERTY = "teamward.it.only";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String only = System.getProperty(PROPERTY, "");
    Class<?> group = context.getTestClass().orElse(null);
    if (only.isBlank()
        || group == null
        || group.getEnclosingClass() != TeamwardIT.class
        || context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("all groups run");
    }
    return group.getSimpleName().equals(only)
        ? ConditionEvaluationResult.enabled("the chosen group")
        : ConditionEvaluationResult.disabled("only " + only + " runs");
  }
}
