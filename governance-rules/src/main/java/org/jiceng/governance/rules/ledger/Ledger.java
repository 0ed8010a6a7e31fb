package org.jiceng.governance.rules.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The points bank and time bank ledger: a double-entry book of accounts and postings, folded
 * from a log of operations (see {@link Operation}). Guarantees:
 *
 * <ul>
 *   <li>every posting moves an amount between two accounts of one unit, so the balances of each
 *       unit always sum to zero ({@link #sum(LedgerUnit)});
 *   <li>no account goes below zero unless the policy allows its kind (the issuing account);
 *   <li>amounts are earned in lots, spent oldest first, and lapse only through {@link
 *       Operation.Expire};
 *   <li>an operation id repeated with the same content returns the first result and changes
 *       nothing; with other content it is refused;
 *   <li>a refused operation changes nothing: every check runs before the first change;
 *   <li>{@link #replay} of the log gives the same balances, lots and postings;
 *   <li>every amount, balance and total fits in a {@code long}: an operation that would take one
 *       beyond (or a balance to {@code Long.MIN_VALUE}, whose negation does not fit) is refused
 *       with {@link LedgerException.Reason#OUT_OF_RANGE}, as is an instant outside {@link
 *       OperationLimits#EARLIEST}..{@link OperationLimits#LATEST}; ids longer than {@link
 *       OperationLimits#MAX_ID_LENGTH} are refused with {@link LedgerException.Reason#ID_TOO_LONG}.
 *       The negative balances of a unit together stay at or above {@code -Long.MAX_VALUE}, so
 *       the positive ones, and every total of {@link #totals}, fit too.
 * </ul>
 *
 * <p>Thread safety: one lock. Every public method synchronizes on the ledger, so operations from
 * several threads are applied one at a time, in the order they take the lock, and queries see a
 * state between operations. The lists it returns ({@link Result#getPostings()}, {@link #postings()},
 * {@link #log()}) are fixed views of the append-only book: they never change, and reading them
 * takes the same lock. Time is never read from the system: each operation carries its instant.
 *
 * <p>Storage: the book is kept in columns (arrays of account, lot and operation indices and
 * amounts), not as one object per posting or lot, so that a book of millions of postings costs
 * the garbage collector little; {@link Posting} and {@link Lot} values are made when asked for.
 *
 * <p>Inside: the ledger dispatches each operation to its rule ({@code AccrualRules} for openings,
 * accruals and restocks, {@code SpendingRules} for what spends lots, {@code ReversalRule}); the rule
 * checks and fills the {@code Plan}, whose net effect on each account is checked before the {@code
 * Book} (account, posting and lot columns, and the operation log with its id table) writes it.
 * Queries read the book through {@code LedgerQueries}.
 */
public final class Ledger {
  /**
   * The result of an operation: what it posted, in order, and what it asked and moved. Its postings
   * are read from the ledger when looked at, not copied.
   */
  public static final class Result {
    private final String operationId;
    private final List<Posting> postings;
    private final long requested;
    private final long applied;
    private final boolean repeated;

    Result(String operationId, List<Posting> postings, long requested, long applied, boolean repeated) {
      this.operationId = requireNonNull(operationId, "operationId");
      this.postings = requireNonNull(postings, "postings");
      this.requested = requested;
      this.applied = applied;
      this.repeated = repeated;
    }

    /**
     * Returns the operation's id.
     *
     * @return the id
     */
    public String getOperationId() {
      return operationId;
    }

    /**
     * Returns what the operation posted, in order (an unmodifiable list).
     *
     * @return the postings
     */
    public List<Posting> getPostings() {
      return postings;
    }

    /**
     * Returns what was asked (for an accrual, what the quantity earns before caps).
     *
     * @return the amount requested
     */
    public long getRequested() {
      return requested;
    }

    /**
     * Returns what was moved (for an expiry over both units, at most {@code Long.MAX_VALUE}).
     *
     * @return the amount applied
     */
    public long getApplied() {
      return applied;
    }

    /**
     * Tells whether the id was applied before with the same content (and this is that first result).
     *
     * @return true for a repeat
     */
    public boolean isRepeated() {
      return repeated;
    }

    @Override
    public boolean equals(Object other) {
      return this == other || other instanceof Result r && operationId.equals(r.operationId) && requested == r.requested
          && applied == r.applied && repeated == r.repeated && postings.equals(r.postings);
    }

    @Override
    public int hashCode() {
      return Objects.hash(operationId, postings, requested, applied, repeated);
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Result", "operationId", operationId, "postings", postings,
          "requested", requested, "applied", applied, "repeated", repeated);
    }
  }

  /** Totals of one unit, read from the balances. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Totals {
    Totals() {} // generated subclass only

    /**
     * Returns the unit.
     *
     * @return the unit
     */
    @Value.Parameter
    public abstract LedgerUnit getUnit();

    /**
     * Returns what the issuing account gave out.
     *
     * @return the amount issued
     */
    @Value.Parameter
    public abstract long getIssued();

    /**
     * Returns what the redemption and merchant accounts took in.
     *
     * @return the amount redeemed
     */
    @Value.Parameter
    public abstract long getRedeemed();

    /**
     * Returns what lapsed.
     *
     * @return the amount expired
     */
    @Value.Parameter
    public abstract long getExpired();

    /**
     * Returns what was donated, by holders or above a cap.
     *
     * @return the amount donated
     */
    @Value.Parameter
    public abstract long getDonated();

    /**
     * Returns what holders hold.
     *
     * @return the amount outstanding
     */
    @Value.Parameter
    public abstract long getOutstanding();

    /**
     * Returns the number of holders' accounts.
     *
     * @return the accounts
     */
    @Value.Parameter
    public abstract int getAccounts();

    /**
     * Returns the number of postings in the unit.
     *
     * @return the postings
     */
    @Value.Parameter
    public abstract long getPostings();

    /**
     * Tells whether what was issued is all accounted for; computed, not assumed.
     *
     * @return true when issued = redeemed + expired + donated + outstanding
     */
    public boolean conservationHolds() {
      return getIssued() == getRedeemed() + getExpired() + getDonated() + getOutstanding();
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Totals", "unit", getUnit(), "issued", getIssued(), "redeemed", getRedeemed(),
          "expired", getExpired(), "donated", getDonated(), "outstanding", getOutstanding(), "accounts", getAccounts(),
          "postings", getPostings());
    }
  }

  private static final String[][] SYSTEM_ACCOUNTS = systemAccounts();

  private final LedgerPolicy policy;
  private final Book book;
  private final Plan plan;
  private final AccrualRules accrual;
  private final SpendingRules spending;
  private final ReversalRule reversal;
  private final LedgerQueries queries;

  private Ledger(LedgerPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    // The log names activities and items through the accrual rules, made next from the book.
    this.book = new Book(this::activityName, this::itemName);
    this.plan = new Plan(policy, book);
    this.accrual = new AccrualRules(policy, book, plan);
    this.spending = new SpendingRules(policy, book, plan, accrual);
    this.reversal = new ReversalRule(book, plan, accrual);
    this.queries = new LedgerQueries(book, this);
  }

  private String activityName(int index) {
    return accrual.activityId(index);
  }

  private String itemName(int index) {
    return accrual.item(index).definition.getItem();
  }

  /**
   * Creates an empty ledger.
   *
   * @param policy the local rules, not null
   * @return the ledger
   */
  public static Ledger of(LedgerPolicy policy) {
    return new Ledger(policy);
  }

  /**
   * Folds a log of operations into a new ledger; refused operations in the log are skipped, as
   * they were when first applied.
   *
   * @param policy the local rules, not null
   * @param operations the log, not null
   * @return the ledger
   */
  public static Ledger replay(LedgerPolicy policy, Iterable<? extends Operation> operations) {
    Ledger l = new Ledger(policy);
    for (Operation op : operations) {
      try {
        l.apply(op);
      } catch (LedgerException refused) {
        // A refused operation was not part of the state when first applied either.
      }
    }
    return l;
  }

  /**
   * Returns the id of the ledger's own account of a kind and unit.
   *
   * @param kind ISSUING, REDEMPTION, EXPIRY or DONATION
   * @param unit the unit
   * @return the account id, e.g. {@code system:issuing:points}
   */
  public static String systemAccount(AccountKind kind, LedgerUnit unit) {
    return SYSTEM_ACCOUNTS[kind.ordinal()][unit.ordinal()];
  }

  private static String[][] systemAccounts() {
    String[][] ids = new String[AccountKind.values().length][LedgerUnit.values().length];
    for (AccountKind k : AccountKind.values()) {
      for (LedgerUnit u : LedgerUnit.values()) {
        ids[k.ordinal()][u.ordinal()] =
            "system:" + k.name().toLowerCase(Locale.ROOT) + ":" + u.name().toLowerCase(Locale.ROOT);
      }
    }
    return ids;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public LedgerPolicy getPolicy() {
    return policy;
  }

  /**
   * Applies an operation.
   *
   * @param op the operation, not null
   * @return what it posted; for a repeated id with the same content, the first result marked repeated
   * @throws LedgerException if the operation is refused; nothing changed
   */
  public synchronized Result apply(Operation op) {
    requireNonNull(op, "op");
    OperationLimits.check(op);
    int before = book.store.find(op.getId());
    if (before >= 0) {
      Operation first = book.store.get(before);
      if (first.equals(op)) {
        return new Result(op.getId(), queries.postingsOf(before), book.requested(before), book.applied(before), true);
      }
      throw LedgerException.of(Reason.ID_REUSED, op.getId(), "ledger.id-reused", String.valueOf(first));
    }
    plan.reset();
    Runnable effect;
    if (op instanceof Operation.Accrue o) {
      effect = accrual.accrue(o);
    } else if (op instanceof Operation.Redeem o) {
      effect = spending.redeem(o);
    } else if (op instanceof Operation.OpenAccount o) {
      effect = accrual.open(o);
    } else if (op instanceof Operation.Restock o) {
      effect = accrual.restock(o);
    } else if (op instanceof Operation.Transfer o) {
      effect = spending.transfer(o);
    } else if (op instanceof Operation.Donate o) {
      effect = spending.donate(o);
    } else if (op instanceof Operation.Expire o) {
      effect = spending.expire(o);
    } else {
      effect = reversal.reverse((Operation.Reverse) op);
    }
    plan.checkBalances(op);
    int index = book.commit(op, plan);
    if (effect != null) {
      effect.run();
    }
    return new Result(op.getId(), queries.postingsOf(index), plan.requested, plan.applied, false);
  }

  /**
   * Returns an account.
   *
   * @param id the id
   * @return the account, or empty
   */
  public synchronized Optional<Account> getAccount(String id) {
    int i = book.accounts.indexOf(requireNonNull(id, "id"));
    return i < 0 ? Optional.empty() : Optional.of(book.accounts.account[i]);
  }

  /**
   * Returns an account's balance.
   *
   * @param id the account id
   * @return the balance in minor units
   * @throws IllegalArgumentException if there is no such account
   */
  public synchronized long balance(String id) {
    int i = book.accounts.indexOf(requireNonNull(id, "id"));
    if (i < 0) {
      throw new IllegalArgumentException("No account '" + id + "'");
    }
    return book.accounts.balance[i];
  }

  /**
   * Returns a holder's lots with something left, oldest first.
   *
   * @param id the account id
   * @return the lots
   */
  public synchronized List<Lot> lots(String id) {
    return queries.lots(requireNonNull(id, "id"));
  }

  /**
   * Returns the postings of an account in a period.
   *
   * @param id the account id
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the postings in log order
   */
  public synchronized List<Posting> statement(String id, Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return queries.statement(requireNonNull(id, "id"), from, to);
  }

  /**
   * Ranks holders by what they earned in a period (accruals less their reversals), most first,
   * for award priority.
   *
   * @param unit the unit
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param limit the most entries
   * @return account id and amount, most first, ties by account id
   */
  public synchronized List<Map.Entry<String, Long>> ranking(LedgerUnit unit, Instant from, Instant to, int limit) {
    requireNonNull(unit, "unit");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return queries.ranking(unit, from, to, limit);
  }

  /**
   * Returns what holders hold per community.
   *
   * @param unit the unit
   * @return community id to total balance
   */
  public synchronized Map<String, Long> totalsByCommunity(LedgerUnit unit) {
    return queries.totalsByCommunity(unit);
  }

  /**
   * Returns the sum of every balance of a unit, which double entry keeps at zero.
   *
   * @param unit the unit
   * @return the sum
   */
  public synchronized long sum(LedgerUnit unit) {
    return queries.sum(unit);
  }

  /**
   * Returns the totals of a unit, read from the balances.
   *
   * @param unit the unit
   * @return the totals
   */
  public synchronized Totals totals(LedgerUnit unit) {
    return queries.totals(unit);
  }

  /**
   * Returns the accepted operations in the order applied.
   *
   * @return the log: a fixed view that later operations do not change
   */
  public synchronized List<Operation> log() {
    return queries.log();
  }

  /**
   * Returns every posting in the order made.
   *
   * @return the postings: a fixed view that later operations do not change
   */
  public synchronized List<Posting> postings() {
    return queries.postings();
  }

  /**
   * Returns an item's stock.
   *
   * @param item the item id
   * @return the stock, empty when there is no such item
   */
  public synchronized OptionalLong stock(String item) {
    int i = accrual.itemIndex(requireNonNull(item, "item"));
    return i < 0 ? OptionalLong.empty() : OptionalLong.of(accrual.item(i).stock);
  }
}
