package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation on the ledger: a caller-chosen id and the instant it happens at. Repeating an id
 * with the same content is a no-op that returns the first result; with other content it is refused.
 * Nothing is ever edited or deleted: {@link Reverse} posts a correcting entry.
 */
public sealed interface Operation permits Operation.OpenAccount, Operation.Accrue, Operation.Restock, Operation.Redeem,
    Operation.Transfer, Operation.Donate, Operation.Expire, Operation.Reverse {
  /**
   * Returns the caller-chosen id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns when the operation happens.
   *
   * @return the instant
   */
  Instant at();

  private static void check(String id, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    if (id.isBlank()) {
      throw new IllegalArgumentException("An operation id must not be blank");
    }
  }

  /**
   * Opens an account.
   *
   * @param id the operation id
   * @param at when
   * @param account the account
   */
  record OpenAccount(String id, Instant at, Account account) implements Operation {
    /** Validates. */
    public OpenAccount {
      check(id, at);
      Objects.requireNonNull(account, "account");
    }
  }

  /**
   * An activity earns points or hours by the policy's rule for it.
   *
   * @param id the operation id
   * @param at when the activity took place
   * @param account the holder's account
   * @param activity the activity id of the policy
   * @param quantity acts, or minutes of service for per-hour activities
   * @param confirmedBy the grid worker who confirmed it, where the policy asks
   */
  record Accrue(String id, Instant at, String account, String activity, long quantity, Optional<String> confirmedBy) implements Operation {
    /** Validates. */
    public Accrue {
      check(id, at);
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(confirmedBy, "confirmedBy");
    }
  }

  /**
   * Puts items in the catalog (文明超市) or publishes a merchant's offer, or adds stock.
   *
   * @param id the operation id
   * @param at when
   * @param item the item id
   * @param unit the unit its price is in
   * @param price the price of one, more than 0
   * @param quantity the stock added, at least 0
   * @param merchant the merchant paid by redemptions (an offer), or empty for the community's catalog
   * @param inNeedOnly whether only residents in need may take it
   * @param care whether it is a care service (time banks redeem care only from the policy's age)
   */
  record Restock(String id, Instant at, String item, LedgerUnit unit, long price, long quantity, Optional<String> merchant,
      boolean inNeedOnly, boolean care) implements Operation {
    /** Validates. */
    public Restock {
      check(id, at);
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(merchant, "merchant");
    }

    /**
     * Starts a restock by name rather than by position: points, no merchant (the community's
     * catalog), open to everyone, not care, unless said otherwise.
     *
     * <pre>{@code
     * Restock r = Restock.builder().id("stock-1").at(t).item("soap").price(5).quantity(30).build();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Restock}; {@code id}, {@code at}, {@code item}, {@code price} and {@code quantity} are required. */
    public static final class Builder {
      private String id;
      private Instant at;
      private String item;
      private LedgerUnit unit = LedgerUnit.POINTS;
      private Long price;
      private Long quantity;
      private Optional<String> merchant = Optional.empty();
      private boolean inNeedOnly;
      private boolean care;

      private Builder() {}

      /**
       * Gives the operation id.
       *
       * @param value the id, not null
       * @return this builder
       */
      public Builder id(String value) {
        this.id = Objects.requireNonNull(value, "id");
        return this;
      }

      /**
       * Gives the instant.
       *
       * @param value when, not null
       * @return this builder
       */
      public Builder at(Instant value) {
        this.at = Objects.requireNonNull(value, "at");
        return this;
      }

      /**
       * Gives the item id.
       *
       * @param value the item, not null
       * @return this builder
       */
      public Builder item(String value) {
        this.item = Objects.requireNonNull(value, "item");
        return this;
      }

      /**
       * Gives the unit of the price (default {@link LedgerUnit#POINTS}).
       *
       * @param value the unit, not null
       * @return this builder
       */
      public Builder unit(LedgerUnit value) {
        this.unit = Objects.requireNonNull(value, "unit");
        return this;
      }

      /**
       * Gives the price of one.
       *
       * @param value the price, more than 0 (checked by the ledger)
       * @return this builder
       */
      public Builder price(long value) {
        this.price = value;
        return this;
      }

      /**
       * Gives the stock added.
       *
       * @param value the quantity, at least 0 (checked by the ledger)
       * @return this builder
       */
      public Builder quantity(long value) {
        this.quantity = value;
        return this;
      }

      /**
       * Makes it a merchant's offer: redemptions pay the merchant.
       *
       * @param value the merchant's account, not null
       * @return this builder
       */
      public Builder merchant(String value) {
        this.merchant = Optional.of(Objects.requireNonNull(value, "merchant"));
        return this;
      }

      /**
       * Restricts it to residents in need (or not).
       *
       * @param value whether only residents in need may take it
       * @return this builder
       */
      public Builder inNeedOnly(boolean value) {
        this.inNeedOnly = value;
        return this;
      }

      /**
       * Marks it as a care service (or not).
       *
       * @param value whether it is care
       * @return this builder
       */
      public Builder care(boolean value) {
        this.care = value;
        return this;
      }

      /**
       * Builds the restock.
       *
       * @return the restock
       * @throws IllegalStateException naming the required fields not given
       */
      public Restock build() {
        List<String> missing = new ArrayList<>();
        if (id == null) {
          missing.add("id");
        }
        if (at == null) {
          missing.add("at");
        }
        if (item == null) {
          missing.add("item");
        }
        if (price == null) {
          missing.add("price");
        }
        if (quantity == null) {
          missing.add("quantity");
        }
        if (!missing.isEmpty()) {
          throw new IllegalStateException("Cannot build Restock, some of required attributes are not set " + missing);
        }
        return new Restock(id, at, item, unit, price, quantity, merchant, inNeedOnly, care);
      }
    }
  }

  /**
   * Spends a holder's lots, oldest first, on catalog items or an offer.
   *
   * @param id the operation id
   * @param at when
   * @param account the holder's account
   * @param item the item id
   * @param quantity how many, more than 0
   */
  record Redeem(String id, Instant at, String account, String item, long quantity) implements Operation {
    /** Validates. */
    public Redeem {
      check(id, at);
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(item, "item");
    }
  }

  /**
   * Moves hours to a lineal relative's account, where the policy allows it.
   *
   * @param id the operation id
   * @param at when
   * @param from the sender
   * @param to the relative
   * @param amount the amount, more than 0
   */
  record Transfer(String id, Instant at, String from, String to, long amount) implements Operation {
    /** Validates. */
    public Transfer {
      check(id, at);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * Gives an amount to the donation account.
   *
   * @param id the operation id
   * @param at when
   * @param from the holder
   * @param amount the amount, more than 0
   */
  record Donate(String id, Instant at, String from, long amount) implements Operation {
    /** Validates. */
    public Donate {
      check(id, at);
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * Lapses every lot whose expiry is at or before {@code at}. Replayable: expiring twice at the
   * same instant finds nothing the second time.
   *
   * @param id the operation id
   * @param at the instant
   */
  record Expire(String id, Instant at) implements Operation {
    /** Validates. */
    public Expire {
      check(id, at);
    }
  }

  /**
   * Undoes an earlier accrual, redemption, transfer, donation or expiry with opposite postings.
   *
   * @param id the operation id
   * @param at when
   * @param target the id of the operation undone
   */
  record Reverse(String id, Instant at, String target) implements Operation {
    /** Validates. */
    public Reverse {
      check(id, at);
      Objects.requireNonNull(target, "target");
    }
  }
}
