package org.jiceng.governance.rules.advice;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.immutables.value.Value;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.compliance.DisplayNames;
import org.jiceng.governance.rules.profile.Source;

/**
 * One item of advice (党组织设置建议): what to do ({@link AdviceKind}), to which organizations and
 * areas, the parameter and threshold behind it with its source, whether the upper-level party
 * organization must approve it (上级党组织批准), and by when.
 *
 * <p>{@link #getSubject()} names the one organization (or, for a cell still to be formed, the one
 * area) the advice is about; advising again after {@link AdviceApplier#apply} gives no advice of
 * the same kind about the same subject.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Advice {
  /** The resource bundle of advice messages. */
  public static final String BUNDLE = "org.jiceng.governance.rules.advice.Messages";

  Advice() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Advice}. */
  public static final class Builder extends ImmutableAdvice.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns what the advice proposes.
   *
   * @return the kind
   */
  public abstract AdviceKind getKind();

  /**
   * Returns the id of the organization the advice is about, or of the area where a cell is to be
   * formed (the first area of a joint branch).
   *
   * @return the subject id
   */
  public abstract String getSubject();

  /**
   * Returns the name of the subject (for a joint branch, the names of its areas).
   *
   * @return the name
   */
  public abstract String getSubjectName();

  /**
   * Returns the existing organizations involved, the subject first where it is one.
   *
   * @return the organization ids, not null
   */
  public abstract List<String> getOrganizationIds();

  /**
   * Returns the areas involved: where a cell is to be formed, the areas a joint branch gathers,
   * the area an organization is built on.
   *
   * @return the area ids, not null
   */
  public abstract List<String> getAreaIds();

  /**
   * Returns the street the subject lies in.
   *
   * @return the street id, empty for county-wide organizations
   */
  public abstract Optional<String> getStreetId();

  /**
   * Returns the name of the street.
   *
   * @return the name, empty with the id
   */
  public abstract Optional<String> getStreetName();

  /**
   * Returns the community the subject lies in.
   *
   * @return the community id, empty above the community
   */
  public abstract Optional<String> getCommunityId();

  /**
   * Returns the name of the community.
   *
   * @return the name, empty with the id
   */
  public abstract Optional<String> getCommunityName();

  /**
   * Returns the kind the subject organization has now.
   *
   * @return the kind, empty when the advice forms a new organization
   */
  public abstract Optional<PartyOrganizationKind> getCurrentKind();

  /**
   * Returns the kind the advice proposes (the new kind, the kind of the new organizations).
   *
   * @return the kind, empty for advice that keeps the kind (elections, terms)
   */
  public abstract Optional<PartyOrganizationKind> getProposedKind();

  /**
   * Returns the full members (正式党员) the advice counts: the organization's, or those living in
   * the areas where a cell is to be formed.
   *
   * @return the count
   */
  public abstract int getFullMembers();

  /**
   * Returns all members (full and probationary) the advice counts.
   *
   * @return the count
   */
  public abstract int getTotalMembers();

  /**
   * Returns how many: branches to split into, groups to form, central households to appoint,
   * committee seats to elect.
   *
   * @return the number, empty where the kind has none
   */
  public abstract OptionalInt getCount();

  /**
   * Returns the id of the compliance rule whose finding the advice answers, e.g. {@code
   * party.kind-membership}.
   *
   * @return the rule id
   */
  public abstract String getRule();

  /**
   * Returns the id of the profile parameter behind the advice, e.g. {@code party.committee-from}.
   *
   * @return the parameter id
   */
  public abstract String getParameter();

  /**
   * Returns the threshold the parameter sets, as text, e.g. {@code >= 100}.
   *
   * @return the threshold
   */
  public abstract String getThreshold();

  /**
   * Returns the source of the threshold.
   *
   * @return the source
   */
  public abstract Source getSource();

  /**
   * Tells whether the upper-level party organization must approve the change (成立、调整党组织
   * and re-election out of time need its approval).
   *
   * @return true when approval is needed
   */
  public abstract boolean isApprovalNeeded();

  /**
   * Returns the date by which to act: the end of a term, or the profile's coverage deadline.
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getDueOn();

  /**
   * Returns the message key in {@link #BUNDLE}.
   *
   * @return the key
   */
  public abstract String getMessageKey();

  /**
   * Renders the advice in a language: the subject, the kinds by their display names, the
   * members, the count, the threshold and the due date.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String getMessage(Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] args = {
      getSubjectName(),
      getCurrentKind().map(k -> DisplayNames.of(k, locale)).orElse(""),
      getProposedKind().map(k -> DisplayNames.of(k, locale)).orElse(""),
      String.valueOf(getTotalMembers()),
      String.valueOf(getFullMembers()),
      getCount().isPresent() ? String.valueOf(getCount().getAsInt()) : "",
      getThreshold(),
      getDueOn().map(LocalDate::toString).orElse("")
    };
    return new MessageFormat(b.getString(getMessageKey()), locale).format(args);
  }

  @Value.Check
  final void check() {
    if (getFullMembers() < 0 || getTotalMembers() < getFullMembers()) {
      throw new IllegalArgumentException("Advice on '" + getSubject() + "': members must be 0 <= full <= total, found "
          + getFullMembers() + " full of " + getTotalMembers());
    }
    if (getCount().isPresent() && getCount().getAsInt() < 1) {
      throw new IllegalArgumentException("Advice on '" + getSubject() + "': count must be >= 1, found " + getCount().getAsInt());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Advice",
        "kind", getKind(), "subject", getSubject(), "subjectName", getSubjectName(),
        "organizationIds", getOrganizationIds(), "areaIds", getAreaIds(), "streetId", getStreetId(),
        "streetName", getStreetName(), "communityId", getCommunityId(), "communityName", getCommunityName(),
        "currentKind", getCurrentKind(), "proposedKind", getProposedKind(), "fullMembers", getFullMembers(),
        "totalMembers", getTotalMembers(), "count", getCount(), "rule", getRule(), "parameter", getParameter(),
        "threshold", getThreshold(), "source", getSource(), "approvalNeeded", isApprovalNeeded(), "dueOn", getDueOn(),
        "messageKey", getMessageKey());
  }
}
