package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** Hands a rule its profile and takes its findings and figures. */
public final class RuleContext {
  private final Rule rule;
  private final StandardsProfile profile;
  private final CommunityScope scope;
  private final Consumer<Finding> findings;
  private final Consumer<Measurement> measurements;

  RuleContext(Rule rule, StandardsProfile profile, CommunityScope scope, Consumer<Finding> findings, Consumer<Measurement> measurements) {
    this.rule = rule;
    this.profile = profile;
    this.scope = scope;
    this.findings = findings;
    this.measurements = measurements;
  }

  /**
   * Returns the profile.
   *
   * @return the profile
   */
  public StandardsProfile getProfile() {
    return profile;
  }

  /**
   * Returns a parameter the rule declared (and so is present whenever the rule runs).
   *
   * @param key the parameter
   * @param <T> its type
   * @return the value
   */
  public <T> T get(ParameterKey<T> key) {
    return profile.get(key).orElseThrow(() -> new IllegalStateException(
        "Rule " + rule.getId() + " read " + key.getId() + " without declaring it among its parameters"));
  }

  /**
   * Reports a finding.
   *
   * @param basis the parameter whose threshold is broken (its source is cited), not null
   * @param subjectId the part at fault, not null
   * @param measured what was measured, not null
   * @param expected what was expected, not null
   * @param messageKey the message key, one of the rule's {@link Rule#getMessageKeys()}
   * @param args the message arguments
   */
  public void report(ParameterKey<?> basis, String subjectId, Object measured, Object expected, String messageKey, Object... args) {
    requireNonNull(subjectId, "subjectId");
    Optional<String> community = scope == null ? Optional.empty() : Optional.of(scope.getCommunity().getId());
    Optional<Location> location = scope == null ? Optional.empty() : scope.locate(subjectId);
    findings.accept(Finding.builder()
        .rule(rule.getId())
        .severity(profile.severity(rule.getId(), rule.getDefaultSeverity()))
        .subject(subjectId)
        .community(community)
        .communityName(scope == null ? Optional.empty() : Optional.of(scope.getCommunity().getName()))
        .location(location)
        .measured(machine(measured))
        .expected(machine(expected))
        .source(profile.getSource(basis).orElse(profile.getSource()).toString(java.util.Locale.ENGLISH))
        .sourceZh(profile.getSource(basis).orElse(profile.getSource()).toString(java.util.Locale.SIMPLIFIED_CHINESE))
        .bundle(rule.getBundle())
        .bundleModule(rule.getClass().getModule().isNamed() && rule.getClass().getModule() != Rule.class.getModule()
            ? Optional.of(rule.getClass().getModule().getName()) : Optional.empty())
        .messageKey(messageKey)
        .addAllMessageArguments(toStrings(args))
        .build());
  }

  private static List<String> toStrings(Object[] args) {
    return java.util.Arrays.stream(args).map(RuleContext::argument).collect(java.util.stream.Collectors.toList());
  }

  /**
   * A message argument: enums (and collections of them) become a reference to their display names,
   * rendered in the reader's language by {@link Finding#getMessage}; anything else its text.
   */
  private static String argument(Object arg) {
    if (arg instanceof Enum || isEnums(arg)) {
      java.util.Collection<?> values = arg instanceof Enum ? List.of(arg) : (java.util.Collection<?>) arg;
      return DisplayNames.REFERENCE + values.stream().map(v -> DisplayNames.key((Enum<?>) v))
          .collect(java.util.stream.Collectors.joining(","));
    }
    return String.valueOf(arg);
  }

  /** Measured and expected values are machine text: enum constants bare, collections joined by ", ". */
  private static String machine(Object value) {
    if (value instanceof java.util.Collection) {
      return ((java.util.Collection<?>) value).stream().map(RuleContext::machine).collect(java.util.stream.Collectors.joining(", "));
    }
    return value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value);
  }

  private static boolean isEnums(Object arg) {
    return arg instanceof java.util.Collection && !((java.util.Collection<?>) arg).isEmpty()
        && ((java.util.Collection<?>) arg).stream().allMatch(v -> v instanceof Enum);
  }

  /**
   * Records a measured figure.
   *
   * @param name the figure's name
   * @param subjectId the area
   * @param value the value
   */
  public void measure(String name, String subjectId, double value) {
    measurements.accept(Measurement.of(name, subjectId, value));
  }
}
