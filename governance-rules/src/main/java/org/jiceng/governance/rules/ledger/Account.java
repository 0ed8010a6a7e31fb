package org.jiceng.governance.rules.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jiceng.governance.rules.internal.EngineArgumentException;

/** A ledger account: who holds it, in which unit, and what the policies need to know of the holder. */
@Value.Immutable
public abstract class Account {
  Account() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Account}. */
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the account id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract AccountKind getKind();

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract LedgerUnit getUnit();

  /**
   * Returns the community the holder lives in, for totals per community.
   *
   * @return the community id, may be empty
   */
  public abstract Optional<String> getCommunityId();

  /**
   * Returns the holder's birth date, for redemptions that start at an age.
   *
   * @return the date, may be empty
   */
  public abstract Optional<LocalDate> getBirthDate();

  /**
   * Tells whether the holder is a resident in need (困难群众), for offers that ask it.
   *
   * @return true when in need
   */
  @Value.Default
  public boolean isInNeed() {
    return false;
  }

  /**
   * Returns the accounts of lineal relatives (直系亲属) that may receive transferred hours.
   *
   * @return the account ids
   */
  public abstract Set<String> getRelatives();

  @Value.Check
  final void check() {
    if (getId().isBlank()) {
      throw new EngineArgumentException("ledger.account-blank-id");
    }
    if (getRelatives().contains(getId())) {
      throw new EngineArgumentException("ledger.own-relative", getId());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Account",
        "id", getId(), "kind", getKind(), "unit", getUnit(), "communityId", getCommunityId(), "birthDate", getBirthDate(),
        "inNeed", isInNeed(), "relatives", getRelatives());
  }
}
