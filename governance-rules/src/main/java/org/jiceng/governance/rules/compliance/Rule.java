package org.jiceng.governance.rules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * A compliance rule. Implement {@link LocalRule} (one community at a time), {@link
 * AggregateRule} (county-wide, over mergeable accumulators), or both. Users add rules by listing
 * their classes in {@code META-INF/services/org.jiceng.governance.rules.compliance.Rule} on the
 * class path, or with {@code provides org.jiceng.governance.rules.compliance.Rule with …} in their
 * module's {@code module-info.java} on the module path. There a rule's own message bundle sits in
 * its own module, in a package opened to this library ({@code opens com.example.messages to
 * org.jiceng.governance.rules;}): the library looks it up on the module's behalf ({@link
 * #getMessages}, {@link Finding#getMessage}), and the JDK reads another module's properties bundle
 * only from a package opened to the reader.
 *
 * <p>Contract (checked for every registered rule by the library's tests): a stable id, the
 * message keys in both locales of {@link Finding#BUNDLE} (or the rule's own bundle), determinism,
 * and no state between calls.
 */
public interface Rule {
  /**
   * Returns the stable id, e.g. {@code grid.households-range}.
   *
   * @return the id
   */
  String getId();

  /**
   * Returns the severity of findings when the profile does not set one.
   *
   * @return the severity
   */
  Severity getDefaultSeverity();

  /**
   * Returns the parameters the rule reads; without all of them in the profile the rule is off.
   *
   * @return the parameters
   */
  List<ParameterKey<?>> getParameters();

  /**
   * Returns every message key the rule uses, plus {@code <id>.description}.
   *
   * @return the keys
   */
  List<String> getMessageKeys();

  /**
   * Returns the resource bundle holding the rule's messages ({@code <id>.description} and the
   * message keys) in zh-CN and en. A user's rule names its own bundle.
   *
   * @return the bundle's base name
   */
  default String getBundle() {
    return Finding.BUNDLE;
  }

  /**
   * Returns the rule's messages in a language, looked up on behalf of the rule's own module, so
   * that a user's rule in a named module on the module path finds its bundle as well as one on the
   * class path does.
   *
   * @param locale the language, not null
   * @return the bundle named by {@link #getBundle()}
   * @throws java.util.MissingResourceException if the bundle cannot be found
   * @since 0.2
   */
  default ResourceBundle getMessages(Locale locale) {
    return ResourceBundle.getBundle(getBundle(), requireNonNull(locale, "locale"), getClass().getModule());
  }

  /**
   * Tells whether the rule runs under a profile: switched on and given its parameters.
   *
   * @param profile the profile, not null
   * @return true when it runs
   */
  default boolean appliesTo(StandardsProfile profile) {
    return profile.isEnabled(getId()) && getParameters().stream().allMatch(k -> profile.get(k).isPresent());
  }
}
