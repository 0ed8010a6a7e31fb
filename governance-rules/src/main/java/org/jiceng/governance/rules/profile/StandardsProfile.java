package org.jiceng.governance.rules.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.rules.compliance.Severity;

/**
 * A standards profile (标准配置): a named, versioned set of parameters and rule settings, each
 * with its source. A profile that extends another holds the parent's values except where it
 * overrides them; {@link #getParameters()} is the effective set.
 *
 * <pre>{@code
 * StandardsProfile mine = StandardsProfile.draft("my-county", "1", "我的县", "My county",
 *         Source.of("county notice 2025-3", ""))
 *     .extending(BuiltInProfiles.get("cn-national"))
 *     .set(Parameters.WORKERS_PER_10K, 20.0, Source.of("county notice 2025-3", "art. 4"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class StandardsProfile {
  StandardsProfile() {}

  /**
   * Starts a profile.
   *
   * @param id the id, e.g. {@code liaoning-kazuo}
   * @param version the version
   * @param titleZh the Chinese title
   * @param titleEn the English title
   * @param source the document the profile as a whole follows
   * @return a draft
   */
  public static Draft draft(String id, String version, String titleZh, String titleEn, Source source) {
    return new Draft(id, version, titleZh, titleEn, source);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the version.
   *
   * @return the version
   */
  public abstract String getVersion();

  /**
   * Returns the Chinese title.
   *
   * @return the title
   */
  public abstract String getTitleZh();

  /**
   * Returns the English title.
   *
   * @return the title
   */
  public abstract String getTitleEn();

  /**
   * Returns the id of the profile this one extends.
   *
   * @return the parent id, may be empty
   */
  public abstract Optional<String> getParent();

  /**
   * Returns the document the profile follows as a whole.
   *
   * @return the source
   */
  public abstract Source getSource();

  /**
   * Returns the effective parameters by id, in {@link Parameters#ALL} order.
   *
   * @return the parameters
   */
  public abstract Map<String, ProfileParameter> getParameters();

  /**
   * Returns the rule settings by rule id; a rule without a setting runs at its default severity.
   *
   * @return the settings
   */
  public abstract Map<String, RuleSetting> getRuleSettings();

  /**
   * Returns a parameter's value.
   *
   * @param key the parameter, not null
   * @param <T> its type
   * @return the value, empty when the profile does not set it (the check is off)
   */
  public <T> Optional<T> get(ParameterKey<T> key) {
    ProfileParameter p = getParameters().get(key.getId());
    return p == null ? Optional.empty() : Optional.of(key.cast(p.getValue()));
  }

  /**
   * Returns a parameter's source.
   *
   * @param key the parameter, not null
   * @return the source, empty when the profile does not set it
   */
  public Optional<Source> getSource(ParameterKey<?> key) {
    return Optional.ofNullable(getParameters().get(key.getId())).map(ProfileParameter::getSource);
  }

  /**
   * Tells whether a rule runs under this profile.
   *
   * @param ruleId the rule id, not null
   * @return false only when the profile switches it off
   */
  public boolean isEnabled(String ruleId) {
    RuleSetting s = getRuleSettings().get(requireNonNull(ruleId, "ruleId"));
    return s == null || s.isEnabled();
  }

  /**
   * Returns the severity of a rule's findings under this profile.
   *
   * @param ruleId the rule id, not null
   * @param fallback the rule's default severity, not null
   * @return the severity
   */
  public Severity severity(String ruleId, Severity fallback) {
    RuleSetting s = getRuleSettings().get(requireNonNull(ruleId, "ruleId"));
    return s == null ? fallback : s.getSeverity().orElse(fallback);
  }

  /**
   * Returns the area chain, or every level when the profile does not name one.
   *
   * @return the levels
   */
  public ImmutableList<AreaLevel> getAreaChain() {
    return get(Parameters.AREA_CHAIN).map(ImmutableList::copyOf).orElse(ImmutableList.copyOf(AreaLevel.values()));
  }

  /** A profile being defined: starts empty or from a parent, then overrides. */
  public static final class Draft {
    private final String id;
    private final String version;
    private final String titleZh;
    private final String titleEn;
    private final Source source;
    private Optional<String> parent = Optional.empty();
    private final Map<String, ProfileParameter> parameters = new LinkedHashMap<>();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();

    Draft(String id, String version, String titleZh, String titleEn, Source source) {
      this.id = requireNonNull(id, "id");
      this.version = requireNonNull(version, "version");
      this.titleZh = requireNonNull(titleZh, "titleZh");
      this.titleEn = requireNonNull(titleEn, "titleEn");
      this.source = requireNonNull(source, "source");
    }

    /**
     * Starts from a parent's parameters and rule settings.
     *
     * @param parentProfile the parent, not null
     * @return this draft
     */
    public Draft extending(StandardsProfile parentProfile) {
      parent = Optional.of(parentProfile.getId());
      parameters.putAll(parentProfile.getParameters());
      rules.putAll(parentProfile.getRuleSettings());
      return this;
    }

    /**
     * Gives (or overrides) a parameter.
     *
     * @param key the parameter, not null
     * @param value the value, not null
     * @param from where the value comes from, not null
     * @param <T> the type
     * @return this draft
     */
    public <T> Draft with(ParameterKey<T> key, T value, Source from) {
      parameters.put(key.getId(), ProfileParameter.of(key, requireNonNull(value, "value"), requireNonNull(from, "from")));
      return this;
    }

    /**
     * Removes an inherited parameter, which switches its check off.
     *
     * @param key the parameter, not null
     * @return this draft
     */
    public Draft without(ParameterKey<?> key) {
      parameters.remove(key.getId());
      return this;
    }

    /**
     * Switches a rule on or off, keeping the rule's own severity.
     *
     * @param ruleId the rule id, not null
     * @param enabled whether it runs
     * @param from why, not null
     * @return this draft
     */
    public Draft rule(String ruleId, boolean enabled, Source from) {
      rules.put(requireNonNull(ruleId, "ruleId"), RuleSetting.of(enabled, from));
      return this;
    }

    /**
     * Switches a rule on or off and gives its findings a severity.
     *
     * @param ruleId the rule id, not null
     * @param enabled whether it runs
     * @param severity its severity, not null
     * @param from why, not null
     * @return this draft
     */
    public Draft rule(String ruleId, boolean enabled, Severity severity, Source from) {
      rules.put(requireNonNull(ruleId, "ruleId"), RuleSetting.of(enabled, severity, from));
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public StandardsProfile build() {
      ImmutableStandardsProfile.Builder b = ImmutableStandardsProfile.builder()
          .id(id).version(version).titleZh(titleZh).titleEn(titleEn).parent(parent).source(source);
      for (ParameterKey<?> key : Parameters.ALL) {
        ProfileParameter p = parameters.get(key.getId());
        if (p != null) {
          b.putParameters(key.getId(), p);
        }
      }
      parameters.forEach((k, v) -> {
        if (Parameters.find(k).isEmpty()) {
          b.putParameters(k, v);
        }
      });
      return b.putAllRuleSettings(rules).build();
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("StandardsProfile",
        "id", getId(), "version", getVersion(), "titleZh", getTitleZh(), "titleEn", getTitleEn(), "parent", getParent(),
        "source", getSource(), "parameters", getParameters(), "ruleSettings", getRuleSettings());
  }
}
