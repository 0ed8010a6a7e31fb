package org.jiceng.governance.rules.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.zone.ZoneRules;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.TreeMap;
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
 * state between operations. The lists it returns ({@link Result#postings()}, {@link #postings()},
 * {@link #log()}) are fixed views of the append-only book: they never change, and reading them
 * takes the same lock. Time is never read from the system: each operation carries its instant.
 *
 * <p>Storage: the book is kept in columns (arrays of account, lot and operation indices and
 * amounts), not as one object per posting or lot, so that a book of millions of postings costs
 * the garbage collector little; {@link Posting} and {@link Lot} values are made when asked for.
 */
public final class Ledger {
  /**
   * The result of an operation.
   *
   * @param operationId the operation's id
   * @param postings what it posted, in order
   * @param requested what was asked (for an accrual, what the quantity earns before caps)
   * @param applied what was moved (for an expiry over both units, at most {@code Long.MAX_VALUE})
   * @param repeated true when the id was applied before with the same content
   */
  public record Result(String operationId, List<Posting> postings, long requested, long applied, boolean repeated) {}

  /**
   * Totals of one unit, read from the balances.
   *
   * @param unit the unit
   * @param issued what the issuing account gave out
   * @param redeemed what the redemption and merchant accounts took in
   * @param expired what lapsed
   * @param donated what was donated, by holders or above a cap
   * @param outstanding what holders hold
   * @param accounts the number of holders' accounts
   * @param postings the number of postings in the unit
   */
  public record Totals(LedgerUnit unit, long issued, long redeemed, long expired, long donated, long outstanding,
      int accounts, long postings) {
    /**
     * Tells whether what was issued is all accounted for; computed, not assumed.
     *
     * @return true when issued = redeemed + expired + donated + outstanding
     */
    public boolean conservationHolds() {
      return issued == redeemed + expired + donated + outstanding;
    }
  }

  private static final class Item {
    Operation.Restock definition;
    long stock;

    Item(Operation.Restock definition, long stock) {
      this.definition = definition;
      this.stock = stock;
    }
  }

  /** What an account has earned by an activity in a day ('D'), month ('M') or year ('Y'). */
  private record CapKey(int account, String activity, char period, long number) {}

  private static final PostingKind[] KINDS = PostingKind.values();
  private static final byte ACCRUAL = (byte) PostingKind.ACCRUAL.ordinal();
  private static final byte CAP_DONATION = (byte) PostingKind.CAP_DONATION.ordinal();
  private static final byte REDEMPTION = (byte) PostingKind.REDEMPTION.ordinal();
  private static final byte TRANSFER = (byte) PostingKind.TRANSFER.ordinal();
  private static final byte DONATION = (byte) PostingKind.DONATION.ordinal();
  private static final byte EXPIRY = (byte) PostingKind.EXPIRY.ordinal();
  private static final byte REVERSAL = (byte) PostingKind.REVERSAL.ordinal();
  /** A lot's expiry when it never lapses. */
  private static final long NEVER = Long.MAX_VALUE;
  private static final List<AccountKind> SYSTEM_KINDS =
      List.of(AccountKind.ISSUING, AccountKind.REDEMPTION, AccountKind.EXPIRY, AccountKind.DONATION);
  private static final String[][] SYSTEM_ACCOUNTS = systemAccounts();

  private final LedgerPolicy policy;
  private final ZoneRules zone;
  /** The cap of each account kind by ordinal, or -1. */
  private final long[] capByKind = new long[AccountKind.values().length];
  private final boolean anyAccountCap;
  private final boolean[] negativeAllowed = new boolean[AccountKind.values().length];
  /** The sum of the negative balances of each unit, at or above {@code -Long.MAX_VALUE}. */
  private final long[] negativeTotal = new long[LedgerUnit.values().length];
  /** What the plan changes {@link #negativeTotal} by, per unit. */
  private final long[] planNegative = new long[LedgerUnit.values().length];
  /** The index of each system account by kind and unit ordinal. */
  private final int[][] system = new int[AccountKind.values().length][LedgerUnit.values().length];
  private final boolean expires;
  private int expiryYear = Integer.MIN_VALUE;
  private long expiryOfYear;

  // Accounts, by index in the order opened.
  private final Map<String, Integer> accountIndex = new HashMap<>();
  private Account[] accounts = new Account[16];
  private long[] balances = new long[16];
  private byte[] accountKind = new byte[16];
  private byte[] accountUnit = new byte[16];
  /** A holder's lots, oldest first; null for other accounts. */
  private int[][] accountLots = new int[16][];
  private int[] accountLotCount = new int[16];
  /** Below this place every lot of the account is used up: a cache that spares scans, not state. */
  private int[] accountLotCursor = new int[16];
  private int accountCount;

  // Applied operations, by index in the order applied.
  private final OperationStore store = new OperationStore(new OperationStore.Names() {
    @Override
    public String account(int index) {
      return accounts[index].getId();
    }

    @Override
    public String activity(int index) {
      return activityIds[index];
    }

    @Override
    public String item(int index) {
      return itemList.get(index).definition.item();
    }
  });
  private int[] opFirstPosting = new int[64];
  private long[] opRequested = new long[64];
  private long[] opApplied = new long[64];
  private final BitSet reversed = new BitSet();

  /** The postings, as columns. */
  private final PostingColumns postingColumns = new PostingColumns();
  private final long[] postingsPerUnit = new long[LedgerUnit.values().length];
  /** The lots, as columns. */
  private final LotColumns lotColumns = new LotColumns();

  private final Map<String, Integer> activityIndex = new HashMap<>();
  private final ActivityRule[] activityRules;
  private final String[] activityIds;
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final List<Item> itemList = new ArrayList<>();
  private final Map<CapKey, Long> earned = new HashMap<>();

  // The plan of the operation being applied: filled by the checks, written by commit.
  /** The postings an operation plans, checked before any is written (their {@code op} unused). */
  private final PostingColumns plan = new PostingColumns();
  private long planRequested;
  private long planApplied;
  /** The indices the log keeps of the operation (see {@link OperationStore#add}). */
  private int planX;
  private int planY;
  private int deltaCount;
  private int[] deltaLot = new int[8];
  private long[] deltaAmount = new long[8];
  private int[] netAccount = new int[16];
  private long[] netAmount = new long[16];

  private Ledger(LedgerPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.zone = policy.getZone().getRules();
    this.expires = policy.getExpiry() != LedgerPolicy.Expiry.NEVER;
    Arrays.fill(capByKind, -1);
    policy.getAccountCaps().forEach((kind, cap) -> capByKind[kind.ordinal()] = cap);
    this.anyAccountCap = !policy.getAccountCaps().isEmpty();
    int activities = policy.getActivities().size();
    this.activityRules = new ActivityRule[activities];
    this.activityIds = new String[activities];
    for (Map.Entry<String, ActivityRule> e : policy.getActivities().entrySet()) {
      activityIds[activityIndex.size()] = e.getKey();
      activityRules[activityIndex.size()] = e.getValue();
      activityIndex.put(e.getKey(), activityIndex.size());
    }
    for (AccountKind kind : policy.getNegativeAllowed()) {
      negativeAllowed[kind.ordinal()] = true;
    }
    for (LedgerUnit unit : LedgerUnit.values()) {
      for (AccountKind kind : SYSTEM_KINDS) {
        system[kind.ordinal()][unit.ordinal()] =
            addAccount(Account.builder().id(systemAccount(kind, unit)).kind(kind).unit(unit).build());
      }
    }
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
            "system:" + k.name().toLowerCase(java.util.Locale.ROOT) + ":" + u.name().toLowerCase(java.util.Locale.ROOT);
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
    int before = store.find(op.id());
    if (before >= 0) {
      Operation first = store.get(before);
      if (first.equals(op)) {
        return new Result(op.id(), new PostingList(opFirstPosting[before], postingEnd(before)),
            opRequested[before], opApplied[before], true);
      }
      throw new LedgerException(Reason.ID_REUSED, op.id(), "the id was used by " + first);
    }
    plan.count = 0;
    deltaCount = 0;
    planRequested = 0;
    planApplied = 0;
    planX = -1;
    planY = -1;
    Runnable effect;
    if (op instanceof Operation.Accrue o) {
      effect = accrue(o);
    } else if (op instanceof Operation.Redeem o) {
      effect = redeem(o);
    } else if (op instanceof Operation.OpenAccount o) {
      effect = open(o);
    } else if (op instanceof Operation.Restock o) {
      effect = restock(o);
    } else if (op instanceof Operation.Transfer o) {
      effect = transfer(o);
    } else if (op instanceof Operation.Donate o) {
      effect = donate(o);
    } else if (op instanceof Operation.Expire o) {
      effect = expire(o);
    } else {
      effect = reverse((Operation.Reverse) op);
    }
    checkBalances(op);
    return commit(op, effect);
  }

  // ---------------------------------------------------------------- planning

  private void post(byte kind, int debit, int credit, long amount, int lot) {
    plan.add(-1, kind, debit, credit, amount, lot);
  }


  /** Adds to what a reversal gives back to (or takes from) a lot. */
  private void lotDelta(int lot, long amount) {
    for (int i = 0; i < deltaCount; i++) {
      if (deltaLot[i] == lot) {
        deltaAmount[i] += amount;
        return;
      }
    }
    if (deltaCount == deltaLot.length) {
      deltaLot = Arrays.copyOf(deltaLot, deltaCount * 2);
      deltaAmount = Arrays.copyOf(deltaAmount, deltaCount * 2);
    }
    deltaLot[deltaCount] = lot;
    deltaAmount[deltaCount] = amount;
    deltaCount++;
  }

  /** Checks the net effect of the plan on each account against floors, caps and the range of a long. */
  private void checkBalances(Operation op) {
    Arrays.fill(planNegative, 0);
    try {
      checkNets(op);
      for (int u = 0; u < planNegative.length; u++) {
        if (planNegative[u] != 0 && Math.addExact(negativeTotal[u], planNegative[u]) < -Long.MAX_VALUE) {
          throw new ArithmeticException();
        }
      }
    } catch (ArithmeticException beyond) {
      throw new LedgerException(Reason.OUT_OF_RANGE, op.id(), "the balances of a unit would together no longer fit in a long");
    }
  }

  private void checkNets(Operation op) {
    if (plan.count == 1) {
      check(op, plan.debit[0], -plan.amount[0]);
      check(op, plan.credit[0], plan.amount[0]);
      return;
    }
    if (netAccount.length < 2 * plan.count) {
      netAccount = new int[4 * plan.count];
      netAmount = new long[4 * plan.count];
    }
    int used = 0;
    for (int i = 0; i < plan.count; i++) {
      used = net(used, plan.debit[i], -plan.amount[i]);
      used = net(used, plan.credit[i], plan.amount[i]);
    }
    for (int i = 0; i < used; i++) {
      check(op, netAccount[i], netAmount[i]);
    }
  }

  private void check(Operation op, int a, long delta) {
    long after;
    try {
      after = Math.addExact(balances[a], delta);
    } catch (ArithmeticException beyond) {
      after = Long.MIN_VALUE;
    }
    if (after == Long.MIN_VALUE) {
      throw new LedgerException(Reason.OUT_OF_RANGE, op.id(), "the balance of account '" + accounts[a].getId() + "' would not fit in a long ("
          + balances[a] + (delta < 0 ? " - " + -delta : " + " + delta) + ")");
    }
    int unit = accountUnit[a];
    planNegative[unit] = Math.addExact(planNegative[unit], Math.min(after, 0) - Math.min(balances[a], 0));
    int kind = accountKind[a];
    // A correcting entry may not lift an account above its cap (accruals donate the excess instead).
    if (delta > 0 && anyAccountCap && capByKind[kind] >= 0 && after > capByKind[kind]) {
      throw new LedgerException(Reason.NOT_ALLOWED, op.id(),
          "account '" + accounts[a].getId() + "' would hold " + after + ", above its cap " + capByKind[kind]);
    }
    if (delta < 0 && after < 0 && !negativeAllowed[kind]) {
      throw new LedgerException(Reason.INSUFFICIENT_BALANCE, op.id(),
          "account '" + accounts[a].getId() + "' would go below zero (" + after + ")");
    }
  }

  private int net(int used, int account, long amount) {
    for (int i = 0; i < used; i++) {
      if (netAccount[i] == account) {
        netAmount[i] = Math.addExact(netAmount[i], amount);
        return used;
      }
    }
    netAccount[used] = account;
    netAmount[used] = amount;
    return used + 1;
  }

  private Runnable open(Operation.OpenAccount o) {
    Account a = o.account();
    if (accountIndex.containsKey(a.getId())) {
      throw new LedgerException(Reason.ACCOUNT_EXISTS, o.id(), "account '" + a.getId() + "' exists");
    }
    if (!a.getKind().isHolder() && a.getKind() != AccountKind.MERCHANT) {
      throw new LedgerException(Reason.WRONG_KIND, o.id(), "the ledger opens its own " + a.getKind() + " accounts");
    }
    return () -> addAccount(a);
  }

  private int addAccount(Account a) {
    int i = accountCount;
    if (i == accounts.length) {
      int n = i * 2;
      accounts = Arrays.copyOf(accounts, n);
      balances = Arrays.copyOf(balances, n);
      accountKind = Arrays.copyOf(accountKind, n);
      accountUnit = Arrays.copyOf(accountUnit, n);
      accountLots = Arrays.copyOf(accountLots, n);
      accountLotCount = Arrays.copyOf(accountLotCount, n);
      accountLotCursor = Arrays.copyOf(accountLotCursor, n);
    }
    accounts[i] = a;
    accountKind[i] = (byte) a.getKind().ordinal();
    accountUnit[i] = (byte) a.getUnit().ordinal();
    if (a.getKind().isHolder()) {
      accountLots[i] = new int[4];
    }
    accountIndex.put(a.getId(), i);
    accountCount++;
    return i;
  }

  private int holder(Operation op, String id) {
    Integer i = accountIndex.get(id);
    if (i == null) {
      throw new LedgerException(Reason.UNKNOWN, op.id(), "no account '" + id + "'");
    }
    Account a = accounts[i];
    if (!a.getKind().isHolder()) {
      throw new LedgerException(Reason.WRONG_KIND, op.id(), "account '" + id + "' is a " + a.getKind() + ", not a holder's account");
    }
    return i;
  }

  private static void positive(Operation op, long amount, String what) {
    if (amount <= 0) {
      throw new LedgerException(Reason.BAD_AMOUNT, op.id(), what + " must be more than 0, found " + amount);
    }
  }

  /** The keys of the caps an accrual counts against, with the caps; empty when the rule has none. */
  private List<Map.Entry<CapKey, Long>> caps(Operation.Accrue o, ActivityRule rule, int account) {
    if (rule.getCapPerDay().isEmpty() && rule.getCapPerMonth().isEmpty() && rule.getCapPerYear().isEmpty()) {
      return List.of();
    }
    LocalDate day = localDate(o.at());
    List<Map.Entry<CapKey, Long>> keys = new ArrayList<>(3);
    rule.getCapPerDay().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'D', day.toEpochDay()), c)));
    rule.getCapPerMonth().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'M', day.getYear() * 12L + day.getMonthValue()), c)));
    rule.getCapPerYear().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'Y', day.getYear()), c)));
    return keys;
  }

  private LocalDate localDate(Instant at) {
    long local = at.getEpochSecond() + zone.getOffset(at).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
  }

  /** The epoch second at which what is earned at an instant lapses: the end of the following year. */
  private long expiryOf(Instant earnedAt) {
    if (!expires) {
      return NEVER;
    }
    int year = localDate(earnedAt).getYear();
    if (year != expiryYear) {
      expiryOfYear = LocalDate.of(year + 2, 1, 1).atStartOfDay(policy.getZone()).toEpochSecond();
      expiryYear = year;
    }
    return expiryOfYear;
  }

  private Runnable accrue(Operation.Accrue o) {
    int holder = holder(o, o.account());
    Account a = accounts[holder];
    Integer activity = activityIndex.get(o.activity());
    if (activity == null) {
      throw new LedgerException(Reason.UNKNOWN, o.id(), "no activity '" + o.activity() + "' in policy " + policy.getId());
    }
    ActivityRule rule = activityRules[activity];
    if (rule.getUnit() != a.getUnit()) {
      throw new LedgerException(Reason.WRONG_KIND, o.id(), "activity '" + o.activity() + "' earns " + rule.getUnit() + ", account '" + a.getId() + "' holds " + a.getUnit());
    }
    positive(o, o.quantity(), "the quantity");
    if (rule.isConfirmationRequired() && o.confirmedBy().isEmpty()) {
      throw new LedgerException(Reason.CONFIRMATION_REQUIRED, o.id(), "activity '" + o.activity() + "' needs a grid worker's confirmation");
    }
    long requested;
    try {
      requested = rule.earn(o.quantity());
    } catch (ArithmeticException beyond) {
      throw new LedgerException(Reason.OUT_OF_RANGE, o.id(), "what a quantity of " + o.quantity() + " earns by activity '" + o.activity()
          + "' does not fit in a long");
    }
    positive(o, requested, "what the quantity earns");
    List<Map.Entry<CapKey, Long>> caps = caps(o, rule, holder);
    long allowed = requested;
    for (Map.Entry<CapKey, Long> cap : caps) {
      allowed = Math.min(allowed, cap.getValue() - earned.getOrDefault(cap.getKey(), 0L));
    }
    if (allowed <= 0) {
      throw new LedgerException(Reason.CAP_REACHED, o.id(), "activity '" + o.activity() + "' has reached its cap for account '" + a.getId() + "'");
    }
    long toHolder = allowed;
    long accountCap = capByKind[accountKind[holder]];
    if (accountCap >= 0) {
      toHolder = Math.max(0, Math.min(allowed, LongMath.saturatedSubtract(accountCap, balances[holder])));
    }
    long excess = allowed - toHolder;
    planRequested = requested;
    planApplied = allowed;
    planX = holder;
    planY = activity;
    int issuing = system[AccountKind.ISSUING.ordinal()][a.getUnit().ordinal()];
    if (toHolder > 0) {
      post(ACCRUAL, issuing, holder, toHolder, -1);
    }
    if (excess > 0) {
      post(CAP_DONATION, issuing, system[AccountKind.DONATION.ordinal()][a.getUnit().ordinal()], excess, -1);
    }
    if (caps.isEmpty()) {
      return null;
    }
    long credited = allowed;
    return () -> caps.forEach(c -> earned.merge(c.getKey(), credited, Long::sum));
  }

  private Runnable restock(Operation.Restock o) {
    positive(o, o.price(), "the price");
    if (o.quantity() < 0) {
      throw new LedgerException(Reason.BAD_AMOUNT, o.id(), "the stock added must be at least 0, found " + o.quantity());
    }
    if (o.merchant().isPresent()) {
      Integer m = accountIndex.get(o.merchant().get());
      if (m == null || accounts[m].getKind() != AccountKind.MERCHANT || accounts[m].getUnit() != o.unit()) {
        throw new LedgerException(Reason.WRONG_KIND, o.id(), "'" + o.merchant().get() + "' is not a merchant account in " + o.unit());
      }
    }
    Integer known = itemIndex.get(o.item());
    Item existing = known == null ? null : itemList.get(known);
    long stock;
    try {
      stock = Math.addExact(existing == null ? 0 : existing.stock, o.quantity());
    } catch (ArithmeticException tooMuch) {
      throw new LedgerException(Reason.BAD_AMOUNT, o.id(), "item '" + o.item() + "' would have more stock than can be counted");
    }
    planRequested = o.quantity();
    planApplied = o.quantity();
    return () -> {
      if (existing == null) {
        itemIndex.put(o.item(), itemList.size());
        itemList.add(new Item(o, stock));
      } else {
        existing.definition = o;
        existing.stock = stock;
      }
    };
  }

  /**
   * Plans postings that take {@code amount} from the spendable lots of a holder, oldest first.
   */
  private void take(Operation op, int holder, long amount, byte kind, int credit) {
    int[] lots = accountLots[holder];
    int count = accountLotCount[holder];
    int cursor = accountLotCursor[holder];
    while (cursor < count && lotColumns.remaining[lots[cursor]] == 0) {
      cursor++;
    }
    accountLotCursor[holder] = cursor;
    long at = op.at().getEpochSecond();
    long left = amount;
    for (int i = cursor; i < count && left > 0; i++) {
      int lot = lots[i];
      long remaining = lotColumns.remaining[lot];
      if (remaining > 0 && lotColumns.expiry[lot] > at) {
        long part = Math.min(left, remaining);
        post(kind, holder, credit, part, lot);
        left -= part;
      }
    }
    if (left > 0) {
      throw new LedgerException(Reason.INSUFFICIENT_BALANCE, op.id(),
          "account '" + accounts[holder].getId() + "' can spend " + (amount - left) + ", " + amount + " needed");
    }
  }

  private Runnable redeem(Operation.Redeem o) {
    int holder = holder(o, o.account());
    Account a = accounts[holder];
    Integer index = itemIndex.get(o.item());
    if (index == null) {
      throw new LedgerException(Reason.UNKNOWN, o.id(), "no item '" + o.item() + "'");
    }
    Item item = itemList.get(index);
    Operation.Restock def = item.definition;
    if (def.unit() != a.getUnit()) {
      throw new LedgerException(Reason.WRONG_KIND, o.id(), "item '" + o.item() + "' is priced in " + def.unit());
    }
    positive(o, o.quantity(), "the quantity");
    if (item.stock < o.quantity()) {
      throw new LedgerException(Reason.OUT_OF_STOCK, o.id(), "item '" + o.item() + "' has " + item.stock + " left, " + o.quantity() + " asked");
    }
    if (def.inNeedOnly() && !a.isInNeed()) {
      throw new LedgerException(Reason.NOT_ELIGIBLE, o.id(), "item '" + o.item() + "' is for residents in need");
    }
    if (def.care() && policy.getCareFromAge().isPresent()) {
      int age = a.getBirthDate().map(b -> Period.between(b, localDate(o.at())).getYears()).orElse(-1);
      if (age < policy.getCareFromAge().getAsInt()) {
        throw new LedgerException(Reason.NOT_ELIGIBLE, o.id(), "care is redeemed from age " + policy.getCareFromAge().getAsInt()
            + (age < 0 ? "; the holder's birth date is not known" : "; the holder is " + age));
      }
    }
    long cost;
    try {
      cost = Math.multiplyExact(def.price(), o.quantity());
    } catch (ArithmeticException tooMuch) {
      throw new LedgerException(Reason.BAD_AMOUNT, o.id(), "the price of " + o.quantity() + " '" + o.item() + "' is beyond any balance");
    }
    int to = def.merchant().isPresent()
        ? accountIndex.get(def.merchant().get())
        : system[AccountKind.REDEMPTION.ordinal()][a.getUnit().ordinal()];
    take(o, holder, cost, REDEMPTION, to);
    planRequested = cost;
    planApplied = cost;
    planX = holder;
    planY = index;
    long quantity = o.quantity();
    return () -> item.stock -= quantity;
  }

  private Runnable transfer(Operation.Transfer o) {
    if (!policy.isTransferToRelatives()) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.id(), "policy " + policy.getId() + " does not allow transfers");
    }
    int from = holder(o, o.from());
    int to = holder(o, o.to());
    if (accounts[from].getUnit() != LedgerUnit.MINUTES || accounts[to].getUnit() != LedgerUnit.MINUTES) {
      throw new LedgerException(Reason.WRONG_KIND, o.id(), "only hours are transferred");
    }
    if (!accounts[from].getRelatives().contains(o.to())) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.id(), "'" + o.to() + "' is not a lineal relative of '" + o.from() + "'");
    }
    positive(o, o.amount(), "the amount");
    long cap = capByKind[accounts[to].getKind().ordinal()];
    if (cap >= 0 && o.amount() > LongMath.saturatedSubtract(cap, balances[to])) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.id(), "'" + o.to() + "' would hold more than its cap " + cap);
    }
    take(o, from, o.amount(), TRANSFER, to);
    planRequested = o.amount();
    planApplied = o.amount();
    planX = from;
    planY = to;
    return null;
  }

  private Runnable donate(Operation.Donate o) {
    int from = holder(o, o.from());
    positive(o, o.amount(), "the amount");
    take(o, from, o.amount(), DONATION, system[AccountKind.DONATION.ordinal()][accounts[from].getUnit().ordinal()]);
    planRequested = o.amount();
    planApplied = o.amount();
    planX = from;
    return null;
  }

  private Runnable expire(Operation.Expire o) {
    long at = o.at().getEpochSecond();
    for (int a = 0; a < accountCount; a++) {
      int[] lots = accountLots[a];
      if (lots == null) {
        continue;
      }
      int expiry = system[AccountKind.EXPIRY.ordinal()][accounts[a].getUnit().ordinal()];
      for (int i = accountLotCursor[a]; i < accountLotCount[a]; i++) {
        int lot = lots[i];
        if (lotColumns.remaining[lot] > 0 && lotColumns.expiry[lot] != NEVER && lotColumns.expiry[lot] <= at) {
          post(EXPIRY, a, expiry, lotColumns.remaining[lot], lot);
          planApplied = LongMath.saturatedAdd(planApplied, lotColumns.remaining[lot]);
        }
      }
    }
    planRequested = planApplied;
    return null;
  }

  private Runnable reverse(Operation.Reverse o) {
    int target = store.find(o.target());
    if (target < 0) {
      throw new LedgerException(Reason.UNKNOWN, o.id(), "no operation '" + o.target() + "'");
    }
    Operation t = store.get(target);
    if (reversed.get(target)) {
      throw new LedgerException(Reason.NOT_REVERSIBLE, o.id(), "operation '" + t.id() + "' was reversed already");
    }
    if (t instanceof Operation.OpenAccount || t instanceof Operation.Restock || t instanceof Operation.Reverse) {
      throw new LedgerException(Reason.NOT_REVERSIBLE, o.id(), "a " + t.getClass().getSimpleName() + " is not reversed; post a new operation");
    }
    for (int p = postingEnd(target) - 1; p >= opFirstPosting[target]; p--) {
      int lot = postingColumns.lot[p];
      long amount = postingColumns.amount[p];
      post(REVERSAL, postingColumns.credit[p], postingColumns.debit[p], amount, lot);
      planApplied += amount;
      if (lot < 0) {
        continue;
      }
      byte kind = postingColumns.kind[p];
      if (kind == ACCRUAL) {
        lotDelta(lot, -amount);
      } else if (kind == TRANSFER) {
        lotDelta(lot, amount);
        lotDelta(transferredLot(postingColumns.credit[p], target, lot), -amount);
      } else {
        lotDelta(lot, amount);
      }
    }
    for (int i = 0; i < deltaCount; i++) {
      int lot = deltaLot[i];
      if (lotColumns.remaining[lot] + deltaAmount[i] < 0) {
        throw new LedgerException(Reason.NOT_REVERSIBLE, o.id(), "lot '" + lotId(lot) + "' has " + lotColumns.remaining[lot]
            + " left of what operation '" + t.id() + "' moved; the rest was spent");
      }
    }
    planRequested = planApplied;
    planX = target;
    return () -> {
      reversed.set(target);
      if (t instanceof Operation.Redeem r) {
        itemList.get(itemIndex.get(r.item())).stock += r.quantity();
      }
      if (t instanceof Operation.Accrue a) {
        ActivityRule rule = activityRules[activityIndex.get(a.activity())];
        long applied = opApplied[target];
        caps(a, rule, accountIndex.get(a.account())).forEach(c -> earned.merge(c.getKey(), -applied, Long::sum));
      }
    };
  }

  /** The lot a transfer made for the recipient out of a source lot; only reversals need it, so a scan is enough. */
  private int transferredLot(int account, int op, int source) {
    for (int i = 0; i < accountLotCount[account]; i++) {
      int lot = accountLots[account][i];
      if (lotColumns.op[lot] == op && lotColumns.parent[lot] == source) {
        return lot;
      }
    }
    throw new IllegalStateException("The lot that operation '" + store.id(op) + "' made from lot '" + lotId(source)
        + "' is missing: the book is inconsistent");
  }

  // ---------------------------------------------------------------- commit

  /** Writes the plan; nothing in here can be refused. */
  private Result commit(Operation op, Runnable effect) {
    int index = store.add(op, planX, planY);
    if (index == opFirstPosting.length) {
      int n = index * 2;
      opFirstPosting = Arrays.copyOf(opFirstPosting, n);
      opRequested = Arrays.copyOf(opRequested, n);
      opApplied = Arrays.copyOf(opApplied, n);
    }
    int first = postingColumns.count;
    opFirstPosting[index] = first;
    opRequested[index] = planRequested;
    opApplied[index] = planApplied;
    for (int i = 0; i < plan.count; i++) {
      byte kind = plan.kind[i];
      int debit = plan.debit[i];
      int credit = plan.credit[i];
      long amount = plan.amount[i];
      int lot = plan.lot[i];
      if (kind == ACCRUAL) {
        lot = addLot(credit, index, -1, index, amount, expiryOf(op.at()));
      } else if (kind == TRANSFER) {
        lotColumns.remaining[lot] -= amount;
        addLot(credit, index, lot, lotColumns.earnedOp[lot], amount, lotColumns.expiry[lot]);
      } else if (kind == REDEMPTION || kind == DONATION || kind == EXPIRY) {
        lotColumns.remaining[lot] -= amount;
      }
      addPosting(index, kind, debit, credit, amount, lot);
      balances[debit] -= amount;
      balances[credit] += amount;
    }
    for (int u = 0; u < planNegative.length; u++) {
      negativeTotal[u] += planNegative[u];
    }
    for (int i = 0; i < deltaCount; i++) {
      int lot = deltaLot[i];
      lotColumns.remaining[lot] += deltaAmount[i];
      if (deltaAmount[i] > 0) {
        accountLotCursor[lotColumns.account[lot]] = 0;
      }
    }
    if (effect != null) {
      effect.run();
    }
    return new Result(op.id(), new PostingList(first, postingColumns.count), planRequested, planApplied, false);
  }

  private void addPosting(int op, byte kind, int debit, int credit, long amount, int lot) {
    postingColumns.add(op, kind, debit, credit, amount, lot);
    postingsPerUnit[accountUnit[debit]]++;
  }


  private int addLot(int account, int op, int parent, int earnedOp, long amount, long expiry) {
    int lot = lotColumns.add(account, op, parent, earnedOp, amount, expiry);
    int[] lots = accountLots[account];
    int count = accountLotCount[account];
    if (count == lots.length) {
      lots = Arrays.copyOf(lots, count * 2);
      accountLots[account] = lots;
    }
    // Oldest first: by the instant earned, then by lot id. Lots mostly arrive in order.
    int place = count;
    while (place > 0 && olderThan(lot, lots[place - 1])) {
      place--;
    }
    System.arraycopy(lots, place, lots, place + 1, count - place);
    lots[place] = lot;
    accountLotCount[account] = count + 1;
    if (place < accountLotCursor[account]) {
      accountLotCursor[account] = place;
    }
    return lot;
  }

  private boolean olderThan(int lot, int other) {
    int c = store.compareAt(lotColumns.earnedOp[lot], lotColumns.earnedOp[other]);
    if (c == 0) {
      c = lotColumns.parent[lot] < 0 && lotColumns.parent[other] < 0
          ? store.compareIds(lotColumns.op[lot], lotColumns.op[other])
          : lotId(lot).compareTo(lotId(other));
    }
    return c < 0;
  }

  private String lotId(int lot) {
    if (lotColumns.parent[lot] < 0) {
      return store.id(lotColumns.op[lot]);
    }
    StringBuilder id = new StringBuilder(store.id(lotColumns.op[lot]));
    for (int l = lotColumns.parent[lot]; l >= 0; l = lotColumns.parent[l]) {
      id.append('#').append(store.id(lotColumns.op[l]));
    }
    return id.toString();
  }

  private int postingEnd(int op) {
    return op + 1 < store.size() ? opFirstPosting[op + 1] : postingColumns.count;
  }

  private Posting posting(int i) {
    int op = postingColumns.op[i];
    Account debit = accounts[postingColumns.debit[i]];
    int lot = postingColumns.lot[i];
    return new Posting(store.id(op), i - opFirstPosting[op], KINDS[postingColumns.kind[i]], debit.getId(),
        accounts[postingColumns.credit[i]].getId(), debit.getUnit(), postingColumns.amount[i],
        lot < 0 ? Optional.empty() : Optional.of(lotId(lot)), store.at(op));
  }

  /** A fixed stretch of the append-only book; postings are made when read. */
  private final class PostingList extends AbstractList<Posting> implements RandomAccess {
    private final int from;
    private final int to;

    PostingList(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public Posting get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + (to - from));
      }
      synchronized (Ledger.this) {
        return posting(from + index);
      }
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns an account.
   *
   * @param id the id
   * @return the account, or empty
   */
  public synchronized Optional<Account> getAccount(String id) {
    Integer i = accountIndex.get(requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(accounts[i]);
  }

  /**
   * Returns an account's balance.
   *
   * @param id the account id
   * @return the balance in minor units
   * @throws IllegalArgumentException if there is no such account
   */
  public synchronized long balance(String id) {
    Integer i = accountIndex.get(requireNonNull(id, "id"));
    if (i == null) {
      throw new IllegalArgumentException("No account '" + id + "'");
    }
    return balances[i];
  }

  /**
   * Returns a holder's lots with something left, oldest first.
   *
   * @param id the account id
   * @return the lots
   */
  public synchronized List<Lot> lots(String id) {
    Integer a = accountIndex.get(requireNonNull(id, "id"));
    if (a == null || accountLots[a] == null) {
      return List.of();
    }
    List<Lot> out = new ArrayList<>();
    for (int i = accountLotCursor[a]; i < accountLotCount[a]; i++) {
      int lot = accountLots[a][i];
      if (lotColumns.remaining[lot] > 0) {
        out.add(new Lot(lotId(lot), id, store.at(lotColumns.earnedOp[lot]),
            lotColumns.expiry[lot] == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochSecond(lotColumns.expiry[lot])),
            lotColumns.original[lot], lotColumns.remaining[lot]));
      }
    }
    return List.copyOf(out);
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
    Integer a = accountIndex.get(requireNonNull(id, "id"));
    if (a == null) {
      return List.of();
    }
    List<Posting> out = new ArrayList<>();
    for (int i = 0; i < postingColumns.count; i++) {
      if (postingColumns.debit[i] == a || postingColumns.credit[i] == a) {
        if (store.within(postingColumns.op[i], from, to)) {
          out.add(posting(i));
        }
      }
    }
    return List.copyOf(out);
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
    // Each running sum is at most what the issuing account has given out net, which the
    // negative-total limit keeps within a long.
    long[] sums = new long[accountCount];
    int issuing = system[AccountKind.ISSUING.ordinal()][unit.ordinal()];
    for (int i = 0; i < postingColumns.count; i++) {
      byte kind = postingColumns.kind[i];
      if (kind == ACCRUAL && postingColumns.debit[i] == issuing) {
        if (store.within(postingColumns.op[i], from, to)) {
          sums[postingColumns.credit[i]] += postingColumns.amount[i];
        }
      } else if (kind == REVERSAL && postingColumns.credit[i] == issuing && postingColumns.lot[i] >= 0) {
        // A reversed accrual takes back what it earned, in the period it was earned.
        if (store.within(lotColumns.op[postingColumns.lot[i]], from, to)) {
          sums[postingColumns.debit[i]] -= postingColumns.amount[i];
        }
      }
    }
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    for (int a = 0; a < accountCount; a++) {
      if (sums[a] > 0) {
        out.add(Map.entry(accounts[a].getId(), sums[a]));
      }
    }
    return out.stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .toList();
  }

  /**
   * Returns what holders hold per community.
   *
   * @param unit the unit
   * @return community id to total balance
   */
  public synchronized Map<String, Long> totalsByCommunity(LedgerUnit unit) {
    Map<String, Long> out = new TreeMap<>();
    for (int i = 0; i < accountCount; i++) {
      Account a = accounts[i];
      if (a.getKind().isHolder() && a.getUnit() == unit && a.getCommunityId().isPresent()) {
        out.merge(a.getCommunityId().get(), balances[i], Long::sum);
      }
    }
    return out;
  }

  /**
   * Returns the sum of every balance of a unit, which double entry keeps at zero.
   *
   * @param unit the unit
   * @return the sum
   */
  public synchronized long sum(LedgerUnit unit) {
    long s = 0;
    for (int i = 0; i < accountCount; i++) {
      if (accounts[i].getUnit() == unit) {
        s += balances[i];
      }
    }
    return s;
  }

  /**
   * Returns the totals of a unit, read from the balances.
   *
   * @param unit the unit
   * @return the totals
   */
  public synchronized Totals totals(LedgerUnit unit) {
    long redeemed = balances[system[AccountKind.REDEMPTION.ordinal()][unit.ordinal()]];
    long outstanding = 0;
    int holders = 0;
    for (int i = 0; i < accountCount; i++) {
      Account a = accounts[i];
      if (a.getUnit() != unit) {
        continue;
      }
      if (a.getKind() == AccountKind.MERCHANT) {
        redeemed += balances[i];
      } else if (a.getKind().isHolder()) {
        outstanding += balances[i];
        holders++;
      }
    }
    return new Totals(unit, -balances[system[AccountKind.ISSUING.ordinal()][unit.ordinal()]], redeemed,
        balances[system[AccountKind.EXPIRY.ordinal()][unit.ordinal()]],
        balances[system[AccountKind.DONATION.ordinal()][unit.ordinal()]], outstanding, holders,
        postingsPerUnit[unit.ordinal()]);
  }

  /**
   * Returns the accepted operations in the order applied.
   *
   * @return the log: a fixed view that later operations do not change
   */
  public synchronized List<Operation> log() {
    return new LogList(store.size());
  }

  /** A fixed prefix of the append-only log. */
  private final class LogList extends AbstractList<Operation> implements RandomAccess {
    private final int size;

    LogList(int size) {
      this.size = size;
    }

    @Override
    public Operation get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
      }
      synchronized (Ledger.this) {
        return store.get(index);
      }
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Returns every posting in the order made.
   *
   * @return the postings: a fixed view that later operations do not change
   */
  public synchronized List<Posting> postings() {
    return new PostingList(0, postingColumns.count);
  }

  /**
   * Returns an item's stock.
   *
   * @param item the item id
   * @return the stock, empty when there is no such item
   */
  public synchronized OptionalLong stock(String item) {
    Integer i = itemIndex.get(requireNonNull(item, "item"));
    return i == null ? OptionalLong.empty() : OptionalLong.of(itemList.get(i).stock);
  }
}
