package org.jiceng.governance.rules.advice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.CellRequirements;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Tells a county organization department what to do about its party organizations, from a
 * jurisdiction, a standards profile and a date. Pure and deterministic: the same inputs give the
 * same list, in the same order (street, community, kind, subject).
 *
 * <ul>
 *   <li>Membership: the kind each membership calls for (3 full members for a branch, a committee
 *       from 7 full members, a general branch from 50, a party committee from 100: all profile
 *       parameters), {@link AdviceKind#UPGRADE} or {@link AdviceKind#DOWNGRADE} of community-level
 *       organizations, {@link AdviceKind#SPLIT} of branches below the community above the largest
 *       branch, {@link AdviceKind#MERGE_INTO_JOINT_BRANCH} of branches short of full members,
 *       {@link AdviceKind#ELECT_COMMITTEE}, {@link AdviceKind#FORM_GROUPS} for branches from
 *       {@code party.groups-from} without groups and for groups short of members.
 *   <li>Coverage: compounds and grids without the cell the profile asks ({@link CellRequirements}),
 *       with the party members registered there counted from the data: {@link AdviceKind#FORM}
 *       where enough live there, else {@link AdviceKind#MERGE_INTO_JOINT_BRANCH} with neighbours
 *       of the same community (at most {@code party.joint-branch-max-units} a joint branch).
 *   <li>Terms: {@link AdviceKind#RE_ELECT} for terms that ended or end within the horizon (180 days
 *       unless set), 5 years in a community and the profile's terms elsewhere.
 *   <li>Central households: {@link AdviceKind#APPOINT_CENTRAL_HOUSEHOLDS} for grids whose
 *       households exceed what their central households look after at {@code
 *       party.central-household-households-max}.
 * </ul>
 *
 * A check whose parameter the profile leaves out gives no advice.
 *
 * <pre>{@code
 * List<Advice> advice = PartyOrganizationAdvisor.of(BuiltInProfiles.get("hebei-luannan"))
 *     .advise(jurisdiction, LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * @since 0.2
 */
public final class PartyOrganizationAdvisor {
  /** The default horizon, in days, within which an ending term is advised. */
  public static final int DEFAULT_HORIZON_DAYS = 180;

  static final java.util.Set<PartyOrganizationKind> BRANCH_OR_MORE = java.util.EnumSet.of(
      PartyOrganizationKind.COMMITTEE, PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH,
      PartyOrganizationKind.JOINT_BRANCH);

  private final StandardsProfile profile;
  private final int horizonDays;

  private PartyOrganizationAdvisor(StandardsProfile profile, int horizonDays) {
    this.profile = profile;
    this.horizonDays = horizonDays;
  }

  /**
   * Returns an advisor for a profile, with the default horizon.
   *
   * @param profile the standards profile, not null
   * @return the advisor
   */
  public static PartyOrganizationAdvisor of(StandardsProfile profile) {
    return new PartyOrganizationAdvisor(requireNonNull(profile, "profile"), DEFAULT_HORIZON_DAYS);
  }

  /**
   * Returns a copy that advises terms ending within the given number of days.
   *
   * @param days the horizon, at least 0
   * @return the advisor
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public PartyOrganizationAdvisor withHorizonDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Horizon must be >= 0 days, found " + days);
    }
    return new PartyOrganizationAdvisor(profile, days);
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
   * Returns the horizon in days.
   *
   * @return the horizon
   */
  public int getHorizonDays() {
    return horizonDays;
  }

  /**
   * Advises on a jurisdiction as of a date.
   *
   * @param jurisdiction the county (or street), not null
   * @param asOf the date terms and deadlines are measured from, not null
   * @return the advice, sorted by street, community, kind and subject
   */
  public ImmutableList<Advice> advise(Jurisdiction jurisdiction, LocalDate asOf) {
    AdviceContext c = new AdviceContext(requireNonNull(jurisdiction, "jurisdiction"), requireNonNull(asOf, "asOf"), profile, horizonDays);
    MembershipAdvice membership = new MembershipAdvice(c);
    TermAdvice terms = new TermAdvice(c);
    for (PartyOrganization o : jurisdiction.getPartyOrganizations().stream()
        .sorted(Comparator.comparing(PartyOrganization::getId)).collect(Collectors.toList())) {
      membership.advise(o);
      terms.advise(o);
    }
    CoverageAdvice coverage = new CoverageAdvice(c);
    for (Area community : AdviceContext.sorted(jurisdiction.getAreas(AreaLevel.COMMUNITY))) {
      coverage.advise(community);
    }
    coverage.centralHouseholds();
    return c.out.stream()
        .sorted(Comparator.comparing((Advice a) -> a.getStreetId().orElse("\uffff"))
            .thenComparing(a -> a.getCommunityId().orElse("\uffff"))
            .thenComparing(Advice::getKind)
            .thenComparing(Advice::getSubject))
        .collect(ImmutableList.toImmutableList());
  }
}
