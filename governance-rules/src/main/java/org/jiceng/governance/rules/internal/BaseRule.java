package org.jiceng.governance.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.governance.rules.compliance.Rule;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.profile.ParameterKey;

/** Id, default severity, parameters and message keys of a built-in rule. Not API. */
abstract class BaseRule implements Rule {
  private final String id;
  private final Severity severity;
  private final ImmutableList<ParameterKey<?>> parameters;
  private final ImmutableList<String> messageKeys;

  BaseRule(String id, Severity severity, List<ParameterKey<?>> parameters, String... variants) {
    this.id = id;
    this.severity = severity;
    this.parameters = ImmutableList.copyOf(parameters);
    List<String> keys = new ArrayList<>();
    keys.add(id + ".description");
    if (variants.length == 0) {
      keys.add(id + ".message");
    }
    for (String v : variants) {
      keys.add(id + ".message." + v);
    }
    this.messageKeys = ImmutableList.copyOf(keys);
  }

  /** The key of the rule's only message. */
  String message() {
    return id + ".message";
  }

  /** The key of one of the rule's messages. */
  String message(String variant) {
    return id + ".message." + variant;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public Severity getDefaultSeverity() {
    return severity;
  }

  @Override
  public List<ParameterKey<?>> getParameters() {
    return parameters;
  }

  @Override
  public List<String> getMessageKeys() {
    return messageKeys;
  }

  @Override
  public String toString() {
    return id;
  }
}
