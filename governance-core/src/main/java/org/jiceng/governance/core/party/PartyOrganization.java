package org.jiceng.governance.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.internal.Checks;

/**
 * A party organization (党组织) of any {@link PartyOrganizationKind}, built on an area (a
 * community, compound, grid, building) or on units (a property company, a joint branch of several
 * units).
 *
 * <p>Whether the kind suits the membership (a branch above 50, a committee needed at 7+) is a
 * governance rule checked in governance-rules, never here.
 */
@Value.Immutable
public abstract class PartyOrganization implements org.jiceng.governance.core.Identified {
  PartyOrganization() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyOrganization}. */
  public static final class Builder extends ImmutablePartyOrganization.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the identifier, unique within a jurisdiction.
   *
   * @return the id
   */
  @Override
  @NotBlank
  public abstract String getId();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract PartyOrganizationKind getKind();

  /**
   * Returns the name, e.g. {@code 城北社区党委}.
   *
   * @return the name
   */
  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the leading organization.
   *
   * @return the parent id, empty for a root
   */
  public abstract Optional<String> getParentId();

  /**
   * Returns the id of the area the organization is built on (建在).
   *
   * @return the area id, may be empty when it is built on units
   */
  public abstract Optional<String> getAreaId();

  /**
   * Returns the ids of the units the organization is built on (a property company, the members
   * of a joint branch).
   *
   * @return the unit ids, not null
   */
  public abstract List<String> getUnitIds();

  /**
   * Returns the further areas a joint branch (联合党支部) spans besides {@link #getAreaId()}, such
   * as the neighbouring compounds whose few members it gathers; each counts as covered by it.
   *
   * @return the area ids, empty for every kind but {@link PartyOrganizationKind#JOINT_BRANCH}
   * @since 0.2
   */
  public abstract List<String> getJointAreaIds();

  /**
   * Returns the number of full members (正式党员).
   *
   * @return the count, at least 0
   */
  @PositiveOrZero
  @Value.Default
  public int getFullMembers() {
    return 0;
  }

  /**
   * Returns the number of probationary members (预备党员), who do not vote.
   *
   * @return the count, at least 0
   */
  @PositiveOrZero
  @Value.Default
  public int getProbationaryMembers() {
    return 0;
  }

  /**
   * Returns all members, full and probationary.
   *
   * @return the sum
   */
  public int getTotalMembers() {
    return getFullMembers() + getProbationaryMembers();
  }

  /**
   * Returns the number of committee members (委员会委员), where a committee is elected.
   *
   * @return the size, empty when there is no committee
   */
  public abstract @Positive OptionalInt getCommitteeSize();

  /**
   * Returns the date of the last election (换届).
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getElectedOn();

  /**
   * Returns the term in years (任期), when the data states it; otherwise the profile's default
   * applies.
   *
   * @return the term, may be empty
   */
  public abstract @Positive OptionalInt getTermYears();

  /**
   * Returns the households a central household (党员中心户) looks after.
   *
   * @return the count, may be empty
   */
  public abstract @PositiveOrZero OptionalInt getCoveredHouseholds();

  /**
   * Returns the date the next election falls due: the election date plus the term, when both
   * are known.
   *
   * @return the due date, may be empty
   */
  public Optional<LocalDate> getTermEnds() {
    return getElectedOn().flatMap(d -> {
      OptionalInt t = getTermYears();
      return t.isPresent() ? Optional.of(d.plusYears(t.getAsInt())) : Optional.empty();
    });
  }

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
    if (getFullMembers() < 0 || getProbationaryMembers() < 0) {
      throw Checks.refused(this, getId(), Problem.MEMBER_COUNTS, getFullMembers(), getProbationaryMembers());
    }
    positive("committeeSize", getCommitteeSize());
    positive("termYears", getTermYears());
    if (getCoveredHouseholds().isPresent() && getCoveredHouseholds().getAsInt() < 0) {
      throw Checks.refused(this, getId(), Problem.NEGATIVE, "coveredHouseholds", getCoveredHouseholds().getAsInt());
    }
    if (getParentId().filter(getId()::equals).isPresent()) {
      throw Checks.refused(this, getId(), Problem.OWN_PARENT);
    }
    if (!getJointAreaIds().isEmpty() && getKind() != PartyOrganizationKind.JOINT_BRANCH) {
      throw Checks.refused(this, getId(), Problem.JOINT_AREAS_KIND, getKind());
    }
    if (!getJointAreaIds().isEmpty() && getAreaId().isEmpty()) {
      throw Checks.refused(this, getId(), Problem.JOINT_AREAS_NO_AREA);
    }
  }

  private void positive(String name, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() <= 0) {
      throw Checks.refused(this, getId(), Problem.NOT_POSITIVE, name, value.getAsInt());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("PartyOrganization",
        "id", getId(), "kind", getKind(), "name", getName(), "parentId", getParentId(), "areaId", getAreaId(),
        "unitIds", getUnitIds(), "jointAreaIds", getJointAreaIds(), "fullMembers", getFullMembers(),
        "probationaryMembers", getProbationaryMembers(), "committeeSize", getCommitteeSize(), "electedOn", getElectedOn(),
        "termYears", getTermYears(), "coveredHouseholds", getCoveredHouseholds());
  }
}
