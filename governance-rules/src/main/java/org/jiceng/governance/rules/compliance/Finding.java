package org.jiceng.governance.rules.compliance;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/**
 * One finding: the rule (machine id), severity, subject, where it was read, what was measured and
 * expected, the source of the threshold, and a message in zh-CN and en.
 */
@Value.Immutable
public abstract class Finding {
  /** The resource bundle of rule messages and descriptions. */
  public static final String BUNDLE = "org.jiceng.governance.rules.compliance.Messages";

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the rule id.
   *
   * @return the id
   */
  public abstract String getRule();

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * Returns the id of the part the finding is about.
   *
   * @return the subject id
   */
  public abstract String getSubject();

  /**
   * Returns the id of the community the subject is in, for grouping.
   *
   * @return the community id, empty for county- or street-wide findings
   */
  public abstract Optional<String> getCommunity();

  /**
   * Returns the name of the community the subject is in.
   *
   * @return the community name, empty for county- or street-wide findings
   */
  public abstract Optional<String> getCommunityName();

  /**
   * Returns where the subject was read.
   *
   * @return the location, empty when the data did not come from a file
   */
  public abstract Optional<Location> getLocation();

  /**
   * Returns what was measured.
   *
   * @return the measured value as text
   */
  public abstract String getMeasured();

  /**
   * Returns what the profile expects.
   *
   * @return the expected value as text
   */
  public abstract String getExpected();

  /**
   * Returns the source of the threshold.
   *
   * @return the source text
   */
  public abstract String getSource();

  /**
   * Returns the source of the threshold in Chinese (the seed's sentence where it has one).
   *
   * @return the source text, the English one when no Chinese note is given
   * @since 0.2
   */
  @Value.Default
  public String getSourceZh() {
    return getSource();
  }

  /**
   * Returns the source of the threshold in a language.
   *
   * @param locale the language, not null
   * @return the source text
   * @since 0.2
   */
  public String getSource(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getSourceZh() : getSource();
  }

  /**
   * Returns the resource bundle of the message.
   *
   * @return the bundle's base name
   */
  @Value.Default
  public String getBundle() {
    return BUNDLE;
  }

  /**
   * Returns the named module that holds the bundle, for a user's rule in its own module on the
   * module path (a bundle in a named module is found only on that module's behalf). Not part of
   * equality: it says where to look, not what the finding is.
   *
   * @return the module's name, empty for the built-in rules and for rules on the class path
   * @since 0.2
   */
  @Value.Auxiliary
  public abstract Optional<String> getBundleModule();

  /**
   * Returns the message key in {@link #getBundle()}.
   *
   * @return the key
   */
  public abstract String getMessageKey();

  /**
   * Returns the message arguments. An argument that names enum constants (a level, a kind) holds a
   * reference to their display names, which {@link #getMessage} renders in the reader's language.
   *
   * @return the arguments
   */
  public abstract List<String> getMessageArguments();

  /**
   * Renders the message in a language.
   *
   * @param locale the language, not null
   * @return the message, safe to print (see {@link #normalize()})
   */
  public String getMessage(Locale locale) {
    ResourceBundle b = getBundleModule().flatMap(m -> ModuleLayer.boot().findModule(m))
        .map(m -> ResourceBundle.getBundle(getBundle(), locale, m))
        .orElseGet(() -> ResourceBundle.getBundle(getBundle(), locale));
    Object[] args = getMessageArguments().stream().map(a -> DisplayNames.render(a, locale)).toArray();
    return DisplayText.of(new MessageFormat(b.getString(getMessageKey()), locale).format(args));
  }

  /**
   * Makes the texts that quote the data safe to print, as every report prints them: the subject,
   * community name, measured and expected values and message arguments have control characters
   * and bidirectional overrides escaped and identity and mobile numbers masked ({@link
   * DisplayText#of}). A subject that is itself shaped like such a number is masked too.
   *
   * @return this finding, or a copy with those texts made safe
   */
  @Value.Check
  protected Finding normalize() {
    String subject = DisplayText.of(getSubject());
    Optional<String> communityName = getCommunityName().map(DisplayText::of);
    String measured = DisplayText.of(getMeasured());
    String expected = DisplayText.of(getExpected());
    // An argument that names enum constants (DisplayNames.REFERENCE) holds only constant names,
    // rendered in the reader's language later: its marker must survive.
    List<String> arguments = getMessageArguments().stream()
        .map(a -> a.startsWith(DisplayNames.REFERENCE) ? a : DisplayText.of(a)).toList();
    if (subject.equals(getSubject()) && communityName.equals(getCommunityName()) && measured.equals(getMeasured())
        && expected.equals(getExpected()) && arguments.equals(getMessageArguments())) {
      return this;
    }
    return ((ImmutableFinding) ImmutableFinding.copyOf(this)).withSubject(subject).withCommunityName(communityName).withMeasured(measured)
        .withExpected(expected).withMessageArguments(arguments);
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Finding",
        "rule", getRule(), "severity", getSeverity(), "subject", getSubject(), "community", getCommunity(),
        "communityName", getCommunityName(), "location", getLocation(), "measured", getMeasured(),
        "expected", getExpected(), "source", getSource(), "sourceZh", getSourceZh(), "bundle", getBundle(),
        "messageKey", getMessageKey(), "messageArguments", getMessageArguments());
  }
}
