package org.jiceng.governance.rules.compliance;

import java.util.List;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/**
 * A user's rule registered through {@code ServiceLoader} in the test resources: every community
 * with a name shorter than 2 characters gets an INFO finding. It proves user rules are found,
 * run, and render their own messages.
 */
public final class ExtraRule implements LocalRule {
  @Override
  public String getId() {
    return "test.short-name";
  }

  @Override
  public Severity getDefaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public List<ParameterKey<?>> getParameters() {
    return List.of(Parameters.WORKERS_PER_10K);
  }

  @Override
  public List<String> getMessageKeys() {
    return List.of("test.short-name.description", "test.short-name.message");
  }

  @Override
  public String getBundle() {
    return "org.jiceng.governance.rules.compliance.ExtraRuleMessages";
  }

  @Override
  public void check(CommunityScope scope, RuleContext out) {
    if (scope.getCommunity().getName().length() < 3) {
      out.report(Parameters.WORKERS_PER_10K, scope.getCommunity().getId(), scope.getCommunity().getName().length(), ">= 3",
          "test.short-name.message", scope.getCommunity().getName());
    }
  }
}
