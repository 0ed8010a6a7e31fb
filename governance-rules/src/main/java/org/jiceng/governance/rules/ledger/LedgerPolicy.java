package org.jiceng.governance.rules.ledger;

import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.jiceng.governance.rules.profile.Source;

/**
 * The local rules of a points or time bank: activities, lot expiry, caps per account, which
 * account kinds may go below zero, transfers and the age for care. Every figure carries its
 * source; there is no national rule for points, so all of it is local (NATIONAL.md).
 */
@Value.Immutable
public abstract class LedgerPolicy {
  LedgerPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerPolicy}. */
  public static final class Builder extends ImmutableLedgerPolicy.Builder {
    Builder() {} // by builder()
  }

  /** When earned lots lapse. */
  public enum Expiry {
    /** Never. */
    NEVER,
    /** At the end of the year after the one earned in (次年年底). */
    END_OF_FOLLOWING_YEAR
  }

  /**
   * Returns the policy id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the source of the policy as a whole.
   *
   * @return the source
   */
  public abstract Source getSource();

  /**
   * Returns the zone in which days, months and years of caps and expiry are counted.
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId getZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  /**
   * Returns the activity rules by activity id.
   *
   * @return the rules
   */
  public abstract Map<String, ActivityRule> getActivities();

  /**
   * Returns the ids of the activities this policy accrues for ({@code parcel-collection},
   * {@code elderly-care}, …): an {@code Accrue} naming any other activity is refused.
   *
   * @return the activity ids, in the policy's order
   */
  public Set<String> getActivityIds() {
    return getActivities().keySet();
  }

  /**
   * Returns when lots lapse.
   *
   * @return the expiry
   */
  @Value.Default
  public Expiry getExpiry() {
    return Expiry.NEVER;
  }

  /**
   * Returns the most an account of a kind may hold; what an accrual brings above it is donated
   * (Nanjing: 1,500 hours).
   *
   * @return the caps in minor units, by kind
   */
  public abstract Map<AccountKind, Long> getAccountCaps();

  /**
   * Returns the account kinds that may go below zero.
   *
   * @return the kinds; by default only the issuing account
   */
  // A non-empty default (the issuing account): the builder then sets the whole set, not element by
  // element, which is what Immutables warns about and what this attribute wants.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public Set<AccountKind> getNegativeAllowed() {
    return Set.of(AccountKind.ISSUING);
  }

  /**
   * Tells whether hours may be transferred to lineal relatives (Beijing).
   *
   * @return true when allowed
   */
  @Value.Default
  public boolean isTransferToRelatives() {
    return false;
  }

  /**
   * Returns the age from which hours redeem care services (Beijing: 60).
   *
   * @return the age, may be empty
   */
  public abstract OptionalInt getCareFromAge();

  /**
   * Returns an account kind's cap.
   *
   * @param kind the kind
   * @return the cap, may be empty
   */
  public OptionalLong capOf(AccountKind kind) {
    Long cap = getAccountCaps().get(kind);
    return cap == null ? OptionalLong.empty() : OptionalLong.of(cap);
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("LedgerPolicy",
        "id", getId(), "source", getSource(), "zone", getZone(), "activities", getActivities(), "expiry", getExpiry(),
        "accountCaps", getAccountCaps(), "negativeAllowed", getNegativeAllowed(),
        "transferToRelatives", isTransferToRelatives(), "careFromAge", getCareFromAge());
  }
}
