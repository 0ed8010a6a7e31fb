package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.rules.internal.EngineArgumentException;

/**
 * An operation on the ledger: a caller-chosen id and the instant it happens at. Repeating an id
 * with the same content is a no-op that returns the first result; with other content it is refused.
 * Nothing is ever edited or deleted: {@link Reverse} posts a correcting entry.
 *
 * <p>The eight kinds are the only ones: the interface is sealed, and each kind is an abstract value
 * class whose implementation Immutables generates; create them with {@code of(…)} (or
 * {@link Restock#builder()}).
 */
public sealed interface Operation permits Operation.OpenAccount, Operation.Accrue, Operation.Restock, Operation.Redeem,
    Operation.Transfer, Operation.Donate, Operation.Expire, Operation.Reverse {
  /**
   * Returns the caller-chosen id.
   *
   * @return the id, not blank
   */
  String getId();

  /**
   * Returns when the operation happens.
   *
   * @return the instant
   */
  Instant getAt();

  private static void checkId(String id) {
    if (id.isBlank()) {
      throw new EngineArgumentException("ledger.operation-blank-id");
    }
  }

  /** Opens an account. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class OpenAccount implements Operation {
    OpenAccount() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param account the account
     * @return the operation
     */
    public static OpenAccount of(String id, Instant at, Account account) {
      return ImmutableOpenAccount.of(id, at, account);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the account.
     *
     * @return the account
     */
    @Value.Parameter
    public abstract Account getAccount();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("OpenAccount", "id", getId(), "at", getAt(), "account", getAccount());
    }
  }

  /** An activity earns points or hours by the policy's rule for it. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Accrue implements Operation {
    Accrue() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param account the holder's account
     * @param activity the activity id of the policy
     * @param quantity acts, or minutes of service for per-hour activities
     * @return the operation
     */
    public static Accrue of(String id, Instant at, String account, String activity, long quantity) {
      return ImmutableAccrue.of(id, at, account, activity, quantity, Optional.empty());
    }

    /**
     * Creates the operation for an activity a grid worker confirmed.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param account the holder's account
     * @param activity the activity id of the policy
     * @param quantity acts, or minutes of service for per-hour activities
     * @param confirmedBy the grid worker who confirmed it
     * @return the operation
     */
    public static Accrue of(String id, Instant at, String account, String activity, long quantity, String confirmedBy) {
      return ImmutableAccrue.of(id, at, account, activity, quantity, Optional.of(Objects.requireNonNull(confirmedBy, "confirmedBy")));
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the holder's account.
     *
     * @return the holder's account
     */
    @Value.Parameter
    public abstract String getAccount();

    /**
     * Returns the activity id of the policy.
     *
     * @return the activity id of the policy
     */
    @Value.Parameter
    public abstract String getActivity();

    /**
     * Returns the quantity: acts, or minutes of service for per-hour activities.
     *
     * @return acts, or minutes of service for per-hour activities
     */
    @Value.Parameter
    public abstract long getQuantity();

    /**
     * Returns the grid worker who confirmed it, where the policy asks.
     *
     * @return the grid worker who confirmed it, where the policy asks (empty when none)
     */
    @Value.Parameter
    public abstract Optional<String> getConfirmedBy();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Accrue", "id", getId(), "at", getAt(), "account", getAccount(), "activity", getActivity(), "quantity", getQuantity(), "confirmedBy", getConfirmedBy());
    }
  }


  /**
   * Puts items in the catalog (文明超市) or publishes a merchant's offer, or adds stock. Built by
   * name, never by position:
   *
   * <pre>{@code
   * Restock r = Restock.builder().id("stock-1").at(t).item("soap").price(5).quantity(30).build();
   * }</pre>
   */
  @Value.Immutable(copy = false)
  abstract non-sealed class Restock implements Operation {
    Restock() {} // generated subclass only

    /**
     * Starts a restock: points, no merchant (the community's catalog), open to everyone, not care,
     * unless said otherwise; {@code id}, {@code at}, {@code item}, {@code price} and {@code
     * quantity} are required.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Restock}; a missing required field is named in an {@link IllegalStateException}. */
    public static final class Builder extends ImmutableRestock.Builder {
      Builder() {} // by builder()
    }

    @Override
    public abstract String getId();

    @Override
    public abstract Instant getAt();

    /**
     * Returns the item id.
     *
     * @return the item
     */
    public abstract String getItem();

    /**
     * Returns the unit of the price ({@link LedgerUnit#POINTS} unless given).
     *
     * @return the unit
     */
    @Value.Default
    public LedgerUnit getUnit() {
      return LedgerUnit.POINTS;
    }

    /**
     * Returns the price of one, more than 0 (checked by the ledger).
     *
     * @return the price
     */
    public abstract long getPrice();

    /**
     * Returns the stock added, at least 0 (checked by the ledger).
     *
     * @return the quantity
     */
    public abstract long getQuantity();

    /**
     * Returns the merchant paid by redemptions (an offer), or empty for the community's catalog.
     *
     * @return the merchant's account
     */
    public abstract Optional<String> getMerchant();

    /**
     * Tells whether only residents in need may take it (false unless given).
     *
     * @return true for residents in need only
     */
    @Value.Default
    public boolean isInNeedOnly() {
      return false;
    }

    /**
     * Tells whether it is a care service (time banks redeem care only from the policy's age; false
     * unless given).
     *
     * @return true for care
     */
    @Value.Default
    public boolean isCare() {
      return false;
    }

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Restock", "id", getId(), "at", getAt(), "item", getItem(), "unit", getUnit(), "price", getPrice(),
          "quantity", getQuantity(), "merchant", getMerchant(), "inNeedOnly", isInNeedOnly(), "care", isCare());
    }
  }

  /** Spends a holder's lots, oldest first, on catalog items or an offer. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Redeem implements Operation {
    Redeem() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param account the holder's account
     * @param item the item id
     * @param quantity how many, more than 0 (checked by the ledger)
     * @return the operation
     */
    public static Redeem of(String id, Instant at, String account, String item, long quantity) {
      return ImmutableRedeem.of(id, at, account, item, quantity);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the holder's account.
     *
     * @return the holder's account
     */
    @Value.Parameter
    public abstract String getAccount();

    /**
     * Returns the item id.
     *
     * @return the item id
     */
    @Value.Parameter
    public abstract String getItem();

    /**
     * Returns how many.
     *
     * @return how many, more than 0 (checked by the ledger)
     */
    @Value.Parameter
    public abstract long getQuantity();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Redeem", "id", getId(), "at", getAt(), "account", getAccount(), "item", getItem(), "quantity", getQuantity());
    }
  }

  /** Moves hours to a lineal relative's account, where the policy allows it. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Transfer implements Operation {
    Transfer() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param from the sender
     * @param to the relative
     * @param amount the amount, more than 0 (checked by the ledger)
     * @return the operation
     */
    public static Transfer of(String id, Instant at, String from, String to, long amount) {
      return ImmutableTransfer.of(id, at, from, to, amount);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the sender.
     *
     * @return the sender
     */
    @Value.Parameter
    public abstract String getFrom();

    /**
     * Returns the relative.
     *
     * @return the relative
     */
    @Value.Parameter
    public abstract String getTo();

    /**
     * Returns the amount, more than 0.
     *
     * @return the amount, more than 0 (checked by the ledger)
     */
    @Value.Parameter
    public abstract long getAmount();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Transfer", "id", getId(), "at", getAt(), "from", getFrom(), "to", getTo(), "amount", getAmount());
    }
  }

  /** Gives an amount to the donation account. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Donate implements Operation {
    Donate() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param from the holder
     * @param amount the amount, more than 0 (checked by the ledger)
     * @return the operation
     */
    public static Donate of(String id, Instant at, String from, long amount) {
      return ImmutableDonate.of(id, at, from, amount);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the holder.
     *
     * @return the holder
     */
    @Value.Parameter
    public abstract String getFrom();

    /**
     * Returns the amount, more than 0.
     *
     * @return the amount, more than 0 (checked by the ledger)
     */
    @Value.Parameter
    public abstract long getAmount();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Donate", "id", getId(), "at", getAt(), "from", getFrom(), "amount", getAmount());
    }
  }

  /**
   * Lapses every lot whose expiry is at or before {@code at}. Replayable: expiring twice at the
   * same instant finds nothing the second time.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Expire implements Operation {
    Expire() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @return the operation
     */
    public static Expire of(String id, Instant at) {
      return ImmutableExpire.of(id, at);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Expire", "id", getId(), "at", getAt());
    }
  }

  /** Undoes an earlier accrual, redemption, transfer, donation or expiry with opposite postings. */
  @Value.Immutable(builder = false, copy = false)
  abstract non-sealed class Reverse implements Operation {
    Reverse() {} // generated subclass only

    /**
     * Creates the operation.
     *
     * @param id the operation id, not blank
     * @param at when
     * @param target the id of the operation undone
     * @return the operation
     */
    public static Reverse of(String id, Instant at, String target) {
      return ImmutableReverse.of(id, at, target);
    }

    @Value.Parameter
    @Override
    public abstract String getId();

    @Value.Parameter
    @Override
    public abstract Instant getAt();

    /**
     * Returns the id of the operation undone.
     *
     * @return the id of the operation undone
     */
    @Value.Parameter
    public abstract String getTarget();

    @Value.Check
    void check() {
      checkId(getId());
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Reverse", "id", getId(), "at", getAt(), "target", getTarget());
    }
  }
}
