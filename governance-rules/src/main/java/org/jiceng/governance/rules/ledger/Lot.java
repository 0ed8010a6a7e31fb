package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/**
 * An amount earned at one time, spent oldest first, that may expire. The ledger makes lots; callers
 * read them through {@code Ledger.lots}.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Lot {
  Lot() {} // generated subclass only

  /**
   * Returns the lot id (the accruing operation's id, or derived from it).
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getId();

  /**
   * Returns the holder's account.
   *
   * @return the account id
   */
  @Value.Parameter
  public abstract String getAccount();

  /**
   * Returns when it was earned.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant getEarnedAt();

  /**
   * Returns when what remains lapses, or empty when it never does.
   *
   * @return the expiry
   */
  @Value.Parameter
  public abstract Optional<Instant> getExpiresAt();

  /**
   * Returns the amount earned.
   *
   * @return the original amount
   */
  @Value.Parameter
  public abstract long getOriginal();

  /**
   * Returns what is left.
   *
   * @return the remaining amount
   */
  @Value.Parameter
  public abstract long getRemaining();

  @Override
  public String toString() {
    return DisplayText.ofValue("Lot", "id", getId(), "account", getAccount(), "earnedAt", getEarnedAt(), "expiresAt", getExpiresAt(),
        "original", getOriginal(), "remaining", getRemaining());
  }
}
