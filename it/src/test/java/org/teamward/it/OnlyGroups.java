package org.teamward.it;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs only the nested groups named in {@code -Dit.groups=BadInput,Headers} (simple class names),
 * for a quick run while working on one area; the suite still deploys once and its first test still
 * publishes the address. Without the property every group runs, as in CI.
 */
class OnlyGroups implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String setting = System.getProperty("it.groups", "");
    if (setting.isBlank() || context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("all groups");
    }
    Class<?> type = context.getRequiredTestClass();
    if (type.getEnclosingClass() == null) {
      return ConditionEvaluationResult.enabled("the suite itself");
    }
    Set<String> groups =
        Arrays.stream(setting.split(",")).map(String::trim).collect(Collectors.toSet());
    return groups.contains(type.getSimpleName())
        ? ConditionEvaluationResult.enabled("selected")
        : ConditionEvaluationResult.disabled("not in it.groups");
  }
}
