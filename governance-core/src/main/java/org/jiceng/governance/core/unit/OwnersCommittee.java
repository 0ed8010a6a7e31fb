package org.jiceng.governance.core.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.internal.Checks;

/** An owners' committee (业主委员会, 业委会) of a compound. */
@Value.Immutable
public abstract class OwnersCommittee implements Identified {
  OwnersCommittee() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OwnersCommittee}. */
  public static final class Builder extends ImmutableOwnersCommittee.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the compound.
   *
   * @return the compound id
   */
  @NotBlank
  public abstract String getCompoundId();

  /**
   * Returns the number of committee members.
   *
   * @return the count, at least 0
   */
  @PositiveOrZero
  @Value.Default
  public int getMembers() {
    return 0;
  }

  /**
   * Returns how many members are party members (业委会党员比例).
   *
   * @return the count, at least 0 and at most {@link #getMembers()}
   */
  @PositiveOrZero
  @Value.Default
  public int getPartyMembers() {
    return 0;
  }

  /**
   * Returns the date of the last election.
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getElectedOn();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
    if (getMembers() < 0 || getPartyMembers() < 0 || getPartyMembers() > getMembers()) {
      throw Checks.refused(this, getId(), Problem.PARTY_MEMBERS, getPartyMembers(), getMembers());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("OwnersCommittee",
        "id", getId(), "name", getName(), "compoundId", getCompoundId(), "members", getMembers(),
        "partyMembers", getPartyMembers(), "electedOn", getElectedOn());
  }
}
