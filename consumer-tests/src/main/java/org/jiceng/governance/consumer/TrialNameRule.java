package org.jiceng.governance.consumer;

import java.util.List;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.LocalRule;
import org.jiceng.governance.rules.compliance.RuleContext;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/**
 * A user's own rule, as an application on the module path writes it: registered with {@code
 * provides … Rule with} in the application's module descriptor, its messages in its own bundle in
 * a package of its own module that is neither exported nor opened. It flags a community still
 * named as a trial (试点) placeholder, "测试…".
 */
public final class TrialNameRule implements LocalRule {
  /** The rule's bundle, inside this module. */
  static final String BUNDLE = "org.jiceng.governance.consumer.messages.TrialNameMessages";

  @Override
  public String getId() {
    return "consumer.trial-name";
  }

  @Override
  public Severity getDefaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<ParameterKey<?>> getParameters() {
    return List.of(Parameters.WORKERS_PER_10K);
  }

  @Override
  public List<String> getMessageKeys() {
    return List.of("consumer.trial-name.description", "consumer.trial-name.message");
  }

  @Override
  public String getBundle() {
    return BUNDLE;
  }

  @Override
  public void check(CommunityScope scope, RuleContext out) {
    String name = scope.getCommunity().getName();
    if (name.startsWith("测试")) {
      out.report(Parameters.WORKERS_PER_10K, scope.getCommunity().getId(), name, "a real name", "consumer.trial-name.message", name);
    }
  }
}
