package org.jiceng.governance.rules.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The first, plain implementation of the ledger (one object per posting, lot and operation, maps
 * keyed by account id), kept as a test oracle: {@link LedgerDifferentialProperties} checks that the
 * columnar {@link Ledger} gives the same results, refusals, balances, lots and postings for random
 * operation sequences. Not used by the library.
 */
final class ReferenceLedger {
  /** The result of an operation. */
  public record Result(String operationId, List<Posting> postings, long requested, long applied, boolean repeated) {}

  /** Totals of one unit, read from the balances. */
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

  /** What is kept of an applied operation: its postings are a stretch of the book's list. */
  private record Recorded(Operation operation, int firstPosting, int postingCount, long requested, long applied) {}

  private static final class MutableLot {
    final String id;
    final String account;
    final Instant earnedAt;
    final Optional<Instant> expiresAt;
    final long original;
    long remaining;

    MutableLot(String id, String account, Instant earnedAt, Optional<Instant> expiresAt, long amount) {
      this.id = id;
      this.account = account;
      this.earnedAt = earnedAt;
      this.expiresAt = expiresAt;
      this.original = amount;
      this.remaining = amount;
    }

    boolean spendableAt(Instant at) {
      return remaining > 0 && (expiresAt.isEmpty() || expiresAt.get().isAfter(at));
    }

    Lot snapshot() {
      return ImmutableLot.of(id, account, earnedAt, expiresAt, original, remaining);
    }
  }

  private static final class Item {
    final Operation.Restock definition;
    long stock;

    Item(Operation.Restock definition) {
      this.definition = definition;
    }
  }

  private static final Comparator<MutableLot> OLDEST_FIRST =
      Comparator.<MutableLot, Instant>comparing(l -> l.earnedAt).thenComparing(l -> l.id);

  private final LedgerPolicy policy;
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, long[]> balances = new HashMap<>();
  private final Map<String, List<MutableLot>> lotsByAccount = new HashMap<>();
  private final Map<String, Item> items = new HashMap<>();
  private final Map<String, Recorded> byId = new HashMap<>();
  private final Map<String, Long> earned = new HashMap<>();
  private final Set<String> reversed = new HashSet<>();
  private final List<Operation> log = new ArrayList<>();
  private final List<Posting> postings = new ArrayList<>();

  private ReferenceLedger(LedgerPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    for (LedgerUnit unit : LedgerUnit.values()) {
      for (AccountKind kind : List.of(AccountKind.ISSUING, AccountKind.REDEMPTION, AccountKind.EXPIRY, AccountKind.DONATION)) {
        Account a = Account.builder().id(systemAccount(kind, unit)).kind(kind).unit(unit).build();
        accounts.put(a.getId(), a);
        balances.put(a.getId(), new long[1]);
      }
    }
  }

  /**
   * Creates an empty ledger.
   *
   * @param policy the local rules, not null
   * @return the ledger
   */
  static ReferenceLedger of(LedgerPolicy policy) {
    return new ReferenceLedger(policy);
  }

  /**
   * Folds a log of operations into a new ledger; refused operations in the log are skipped, as
   * they were when first applied.
   *
   * @param policy the local rules, not null
   * @param operations the log, not null
   * @return the ledger
   */
  static ReferenceLedger replay(LedgerPolicy policy, Iterable<? extends Operation> operations) {
    ReferenceLedger l = new ReferenceLedger(policy);
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

  private static final String[][] SYSTEM_ACCOUNTS = systemAccounts();

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
    Recorded before = byId.get(op.getId());
    if (before != null) {
      if (before.operation.equals(op)) {
        return new Result(op.getId(), List.copyOf(postings.subList(before.firstPosting, before.firstPosting + before.postingCount)),
            before.requested, before.applied, true);
      }
      throw new LedgerException(Reason.ID_REUSED, op.getId(), "the id was used by " + before.operation);
    }
    Plan plan;
    if (op instanceof Operation.OpenAccount o) {
      plan = open(o);
    } else if (op instanceof Operation.Accrue o) {
      plan = accrue(o);
    } else if (op instanceof Operation.Restock o) {
      plan = restock(o);
    } else if (op instanceof Operation.Redeem o) {
      plan = redeem(o);
    } else if (op instanceof Operation.Transfer o) {
      plan = transfer(o);
    } else if (op instanceof Operation.Donate o) {
      plan = donate(o);
    } else if (op instanceof Operation.Expire o) {
      plan = expire(o);
    } else {
      plan = reverse((Operation.Reverse) op);
    }
    int first = postings.size();
    Result result = commit(op, plan);
    byId.put(op.getId(), new Recorded(op, first, plan.postings.size(), plan.requested, plan.applied));
    log.add(op);
    return result;
  }

  /** What an operation will do, computed before anything changes. */
  private static final class Plan {
    final List<Posting> postings = new ArrayList<>(2);
    final List<Runnable> effects = new ArrayList<>(2);
    long requested;
    long applied;

    Plan post(Operation op, PostingKind kind, String debit, String credit, LedgerUnit unit, long amount, String lot) {
      postings.add(ImmutablePosting.of(op.getId(), postings.size(), kind, debit, credit, unit, amount, Optional.ofNullable(lot), op.getAt()));
      return this;
    }
  }

  private Result commit(Operation op, Plan plan) {
    // Net effect per account, in small arrays: plans move between a handful of accounts, and
    // this runs for every operation.
    int n = plan.postings.size();
    String[] ids = new String[2 * n];
    long[] delta = new long[2 * n];
    int used = 0;
    for (Posting p : plan.postings) {
      used = net(ids, delta, used, p.getDebit(), -p.getAmount());
      used = net(ids, delta, used, p.getCredit(), p.getAmount());
    }
    for (int i = 0; i < used; i++) {
      long was = balances.get(ids[i])[0];
      long sum = was + delta[i];
      if (((was ^ sum) & (delta[i] ^ sum)) < 0 || sum == Long.MIN_VALUE) {
        throw new LedgerException(Reason.OUT_OF_RANGE, op.getId(), "the balance of account '" + ids[i] + "' would not fit in a long ("
            + was + (delta[i] < 0 ? " - " + -delta[i] : " + " + delta[i]) + ")");
      }
      if (delta[i] > 0 && !policy.getAccountCaps().isEmpty()) {
        // A correcting entry may not lift an account above its cap (accruals donate the excess instead).
        Account a = accounts.get(ids[i]);
        OptionalLong cap = policy.capOf(a.getKind());
        long after = balances.get(ids[i])[0] + delta[i];
        if (cap.isPresent() && after > cap.getAsLong()) {
          throw new LedgerException(Reason.NOT_ALLOWED, op.getId(),
              "account '" + a.getId() + "' would hold " + after + ", above its cap " + cap.getAsLong());
        }
      }
      if (delta[i] >= 0) {
        continue;
      }
      Account a = accounts.get(ids[i]);
      long after = balances.get(ids[i])[0] + delta[i];
      if (after < 0 && !policy.getNegativeAllowed().contains(a.getKind())) {
        throw new LedgerException(Reason.INSUFFICIENT_BALANCE, op.getId(),
            "account '" + a.getId() + "' would go below zero (" + after + ")");
      }
    }
    for (Posting p : plan.postings) {
      balances.get(p.getDebit())[0] -= p.getAmount();
      balances.get(p.getCredit())[0] += p.getAmount();
    }
    plan.effects.forEach(Runnable::run);
    postings.addAll(plan.postings);
    return new Result(op.getId(), Collections.unmodifiableList(plan.postings), plan.requested, plan.applied, false);
  }

  private static int net(String[] ids, long[] delta, int used, String id, long amount) {
    for (int i = 0; i < used; i++) {
      if (ids[i].equals(id)) {
        delta[i] += amount;
        return used;
      }
    }
    ids[used] = id;
    delta[used] = amount;
    return used + 1;
  }

  private Plan open(Operation.OpenAccount o) {
    Account a = o.getAccount();
    if (accounts.containsKey(a.getId())) {
      throw new LedgerException(Reason.ACCOUNT_EXISTS, o.getId(), "account '" + a.getId() + "' exists");
    }
    if (!a.getKind().isHolder() && a.getKind() != AccountKind.MERCHANT) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "the ledger opens its own " + a.getKind() + " accounts");
    }
    Plan plan = new Plan();
    plan.effects.add(() -> {
      accounts.put(a.getId(), a);
      balances.put(a.getId(), new long[1]);
      if (a.getKind().isHolder()) {
        lotsByAccount.put(a.getId(), new ArrayList<>());
      }
    });
    return plan;
  }

  private Account holder(Operation op, String id) {
    Account a = accounts.get(id);
    if (a == null) {
      throw new LedgerException(Reason.UNKNOWN, op.getId(), "no account '" + id + "'");
    }
    if (!a.getKind().isHolder()) {
      throw new LedgerException(Reason.WRONG_KIND, op.getId(), "account '" + id + "' is a " + a.getKind() + ", not a holder's account");
    }
    return a;
  }

  private static void positive(Operation op, long amount, String what) {
    if (amount <= 0) {
      throw new LedgerException(Reason.BAD_AMOUNT, op.getId(), what + " must be more than 0, found " + amount);
    }
  }

  private List<String> capKeys(Operation.Accrue o, ActivityRule rule, List<Long> caps) {
    if (rule.getCapPerDay().isEmpty() && rule.getCapPerMonth().isEmpty() && rule.getCapPerYear().isEmpty()) {
      return List.of();
    }
    ZonedDateTime t = o.getAt().atZone(policy.getZone());
    List<String> keys = new ArrayList<>(3);
    String base = o.getAccount() + '\u0000' + rule.getActivity() + '\u0000';
    if (rule.getCapPerDay().isPresent()) {
      keys.add(base + "D" + t.toLocalDate());
      caps.add(rule.getCapPerDay().getAsLong());
    }
    if (rule.getCapPerMonth().isPresent()) {
      keys.add(base + "M" + t.getYear() + "-" + t.getMonthValue());
      caps.add(rule.getCapPerMonth().getAsLong());
    }
    if (rule.getCapPerYear().isPresent()) {
      keys.add(base + "Y" + t.getYear());
      caps.add(rule.getCapPerYear().getAsLong());
    }
    return keys;
  }

  private Optional<Instant> expiryOf(Instant earnedAt) {
    if (policy.getExpiry() == LedgerPolicy.Expiry.NEVER) {
      return Optional.empty();
    }
    int year = earnedAt.atZone(policy.getZone()).getYear();
    return Optional.of(LocalDate.of(year + 2, 1, 1).atStartOfDay(policy.getZone()).toInstant());
  }

  private Plan accrue(Operation.Accrue o) {
    Account a = holder(o, o.getAccount());
    ActivityRule rule = policy.getActivities().get(o.getActivity());
    if (rule == null) {
      throw new LedgerException(Reason.UNKNOWN, o.getId(), "no activity '" + o.getActivity() + "' in policy " + policy.getId());
    }
    if (rule.getUnit() != a.getUnit()) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "activity '" + o.getActivity() + "' earns " + rule.getUnit() + ", account '" + a.getId() + "' holds " + a.getUnit());
    }
    positive(o, o.getQuantity(), "the quantity");
    if (rule.isConfirmationRequired() && o.getConfirmedBy().isEmpty()) {
      throw new LedgerException(Reason.CONFIRMATION_REQUIRED, o.getId(), "activity '" + o.getActivity() + "' needs a grid worker's confirmation");
    }
    long requested;
    try {
      requested = rule.earn(o.getQuantity());
    } catch (ArithmeticException beyond) {
      throw new LedgerException(Reason.OUT_OF_RANGE, o.getId(), "what a quantity of " + o.getQuantity() + " earns by activity '" + o.getActivity()
          + "' does not fit in a long");
    }
    positive(o, requested, "what the quantity earns");
    List<Long> caps = new ArrayList<>(3);
    List<String> keys = capKeys(o, rule, caps);
    long allowed = requested;
    for (int i = 0; i < keys.size(); i++) {
      allowed = Math.min(allowed, caps.get(i) - earned.getOrDefault(keys.get(i), 0L));
    }
    if (allowed <= 0) {
      throw new LedgerException(Reason.CAP_REACHED, o.getId(), "activity '" + o.getActivity() + "' has reached its cap for account '" + a.getId() + "'");
    }
    long toHolder = allowed;
    OptionalLong accountCap = policy.getAccountCaps().isEmpty() ? OptionalLong.empty() : policy.capOf(a.getKind());
    if (accountCap.isPresent()) {
      toHolder = Math.max(0, Math.min(allowed, accountCap.getAsLong() - balances.get(a.getId())[0]));
    }
    long excess = allowed - toHolder;
    Plan plan = new Plan();
    plan.requested = requested;
    plan.applied = allowed;
    String issuing = systemAccount(AccountKind.ISSUING, a.getUnit());
    if (toHolder > 0) {
      plan.post(o, PostingKind.ACCRUAL, issuing, a.getId(), a.getUnit(), toHolder, o.getId());
      long amount = toHolder;
      plan.effects.add(() -> addLot(new MutableLot(o.getId(), a.getId(), o.getAt(), expiryOf(o.getAt()), amount)));
    }
    if (excess > 0) {
      plan.post(o, PostingKind.CAP_DONATION, issuing, systemAccount(AccountKind.DONATION, a.getUnit()), a.getUnit(), excess, null);
    }
    if (!keys.isEmpty()) {
      long credited = allowed;
      plan.effects.add(() -> keys.forEach(k -> earned.merge(k, credited, Long::sum)));
    }
    return plan;
  }

  private void addLot(MutableLot lot) {
    List<MutableLot> list = lotsByAccount.get(lot.account);
    if (list.isEmpty() || OLDEST_FIRST.compare(list.get(list.size() - 1), lot) <= 0) {
      list.add(lot);
    } else {
      int at = Collections.binarySearch(list, lot, OLDEST_FIRST);
      list.add(at < 0 ? -at - 1 : at, lot);
    }
  }

  /** Finds a lot of an account by id; only reversals need it, so a scan is enough. */
  private MutableLot lot(String account, String id) {
    for (MutableLot l : lotsByAccount.get(account)) {
      if (l.id.equals(id)) {
        return l;
      }
    }
    throw new IllegalStateException("Lot '" + id + "' of account '" + account + "' is missing: the book is inconsistent");
  }

  private Plan restock(Operation.Restock o) {
    positive(o, o.getPrice(), "the price");
    if (o.getQuantity() < 0) {
      throw new LedgerException(Reason.BAD_AMOUNT, o.getId(), "the stock added must be at least 0, found " + o.getQuantity());
    }
    Item existing = items.get(o.getItem());
    if (o.getMerchant().isPresent()) {
      Account m = accounts.get(o.getMerchant().get());
      if (m == null || m.getKind() != AccountKind.MERCHANT || m.getUnit() != o.getUnit()) {
        throw new LedgerException(Reason.WRONG_KIND, o.getId(), "'" + o.getMerchant().get() + "' is not a merchant account in " + o.getUnit());
      }
    }
    Plan plan = new Plan();
    plan.requested = o.getQuantity();
    plan.applied = o.getQuantity();
    plan.effects.add(() -> {
      Item item = new Item(o);
      item.stock = (existing == null ? 0 : existing.stock) + o.getQuantity();
      items.put(o.getItem(), item);
    });
    return plan;
  }

  /** Takes {@code amount} from the spendable lots of an account, oldest first: lot id to amount. */
  private LinkedHashMap<MutableLot, Long> take(Operation op, Account a, long amount) {
    LinkedHashMap<MutableLot, Long> parts = new LinkedHashMap<>();
    long left = amount;
    for (MutableLot lot : lotsByAccount.get(a.getId())) {
      if (left == 0) {
        break;
      }
      if (lot.spendableAt(op.getAt())) {
        long part = Math.min(left, lot.remaining);
        parts.put(lot, part);
        left -= part;
      }
    }
    if (left > 0) {
      throw new LedgerException(Reason.INSUFFICIENT_BALANCE, op.getId(),
          "account '" + a.getId() + "' can spend " + (amount - left) + ", " + amount + " needed");
    }
    return parts;
  }

  private Plan redeem(Operation.Redeem o) {
    Account a = holder(o, o.getAccount());
    Item item = items.get(o.getItem());
    if (item == null) {
      throw new LedgerException(Reason.UNKNOWN, o.getId(), "no item '" + o.getItem() + "'");
    }
    Operation.Restock def = item.definition;
    if (def.getUnit() != a.getUnit()) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "item '" + o.getItem() + "' is priced in " + def.getUnit());
    }
    positive(o, o.getQuantity(), "the quantity");
    if (item.stock < o.getQuantity()) {
      throw new LedgerException(Reason.OUT_OF_STOCK, o.getId(), "item '" + o.getItem() + "' has " + item.stock + " left, " + o.getQuantity() + " asked");
    }
    if (def.isInNeedOnly() && !a.isInNeed()) {
      throw new LedgerException(Reason.NOT_ELIGIBLE, o.getId(), "item '" + o.getItem() + "' is for residents in need");
    }
    if (def.isCare() && policy.getCareFromAge().isPresent()) {
      int age = a.getBirthDate().map(b -> Period.between(b, o.getAt().atZone(policy.getZone()).toLocalDate()).getYears()).orElse(-1);
      if (age < policy.getCareFromAge().getAsInt()) {
        throw new LedgerException(Reason.NOT_ELIGIBLE, o.getId(), "care is redeemed from age " + policy.getCareFromAge().getAsInt()
            + (age < 0 ? "; the holder's birth date is not known" : "; the holder is " + age));
      }
    }
    long cost = Math.multiplyExact(def.getPrice(), o.getQuantity());
    Map<MutableLot, Long> parts = take(o, a, cost);
    String to = def.getMerchant().orElse(systemAccount(AccountKind.REDEMPTION, a.getUnit()));
    Plan plan = new Plan();
    plan.requested = cost;
    plan.applied = cost;
    parts.forEach((lot, part) -> plan.post(o, PostingKind.REDEMPTION, a.getId(), to, a.getUnit(), part, lot.id));
    plan.effects.add(() -> {
      parts.forEach((lot, part) -> lot.remaining -= part);
      item.stock -= o.getQuantity();
    });
    return plan;
  }

  private Plan transfer(Operation.Transfer o) {
    if (!policy.isTransferToRelatives()) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "policy " + policy.getId() + " does not allow transfers");
    }
    Account from = holder(o, o.getFrom());
    Account to = holder(o, o.getTo());
    if (from.getUnit() != LedgerUnit.MINUTES || to.getUnit() != LedgerUnit.MINUTES) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "only hours are transferred");
    }
    if (!from.getRelatives().contains(to.getId())) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "'" + to.getId() + "' is not a lineal relative of '" + from.getId() + "'");
    }
    positive(o, o.getAmount(), "the amount");
    OptionalLong cap = policy.capOf(to.getKind());
    if (cap.isPresent() && o.getAmount() > com.google.common.math.LongMath.saturatedSubtract(cap.getAsLong(), balances.get(to.getId())[0])) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "'" + to.getId() + "' would hold more than its cap " + cap.getAsLong());
    }
    Map<MutableLot, Long> parts = take(o, from, o.getAmount());
    Plan plan = new Plan();
    plan.requested = o.getAmount();
    plan.applied = o.getAmount();
    parts.forEach((lot, part) -> plan.post(o, PostingKind.TRANSFER, from.getId(), to.getId(), LedgerUnit.MINUTES, part, lot.id));
    plan.effects.add(() -> parts.forEach((lot, part) -> {
      lot.remaining -= part;
      addLot(new MutableLot(o.getId() + "#" + lot.id, to.getId(), lot.earnedAt, lot.expiresAt, part));
    }));
    return plan;
  }

  private Plan donate(Operation.Donate o) {
    Account from = holder(o, o.getFrom());
    positive(o, o.getAmount(), "the amount");
    Map<MutableLot, Long> parts = take(o, from, o.getAmount());
    String to = systemAccount(AccountKind.DONATION, from.getUnit());
    Plan plan = new Plan();
    plan.requested = o.getAmount();
    plan.applied = o.getAmount();
    parts.forEach((lot, part) -> plan.post(o, PostingKind.DONATION, from.getId(), to, from.getUnit(), part, lot.id));
    plan.effects.add(() -> parts.forEach((lot, part) -> lot.remaining -= part));
    return plan;
  }

  private Plan expire(Operation.Expire o) {
    Plan plan = new Plan();
    List<MutableLot> lapsing = new ArrayList<>();
    for (Account a : accounts.values()) {
      List<MutableLot> list = lotsByAccount.get(a.getId());
      if (list == null) {
        continue;
      }
      for (MutableLot lot : list) {
        if (lot.remaining > 0 && lot.expiresAt.isPresent() && !lot.expiresAt.get().isAfter(o.getAt())) {
          lapsing.add(lot);
          plan.post(o, PostingKind.EXPIRY, a.getId(), systemAccount(AccountKind.EXPIRY, a.getUnit()), a.getUnit(), lot.remaining, lot.id);
          plan.applied += lot.remaining;
        }
      }
    }
    plan.requested = plan.applied;
    plan.effects.add(() -> lapsing.forEach(lot -> lot.remaining = 0));
    return plan;
  }

  private Plan reverse(Operation.Reverse o) {
    Recorded target = byId.get(o.getTarget());
    if (target == null) {
      throw new LedgerException(Reason.UNKNOWN, o.getId(), "no operation '" + o.getTarget() + "'");
    }
    Operation t = target.operation;
    if (reversed.contains(t.getId())) {
      throw new LedgerException(Reason.NOT_REVERSIBLE, o.getId(), "operation '" + t.getId() + "' was reversed already");
    }
    if (t instanceof Operation.OpenAccount || t instanceof Operation.Restock || t instanceof Operation.Reverse) {
      throw new LedgerException(Reason.NOT_REVERSIBLE, o.getId(), "a " + org.jiceng.governance.core.DisplayText.typeName(t.getClass()) + " is not reversed; post a new operation");
    }
    Plan plan = new Plan();
    Map<MutableLot, Long> lotDelta = new LinkedHashMap<>();
    List<Posting> original = new ArrayList<>(postings.subList(target.firstPosting, target.firstPosting + target.postingCount));
    Collections.reverse(original);
    for (Posting p : original) {
      plan.post(o, PostingKind.REVERSAL, p.getCredit(), p.getDebit(), p.getUnit(), p.getAmount(), p.getLotId().orElse(null));
      plan.applied += p.getAmount();
      if (p.getLotId().isEmpty()) {
        continue;
      }
      switch (p.getKind()) {
        case ACCRUAL:
          lotDelta.merge(lot(p.getCredit(), p.getLotId().get()), -p.getAmount(), Long::sum);
          break;
        case TRANSFER:
          MutableLot source = lot(p.getDebit(), p.getLotId().get());
          lotDelta.merge(source, p.getAmount(), Long::sum);
          lotDelta.merge(lot(p.getCredit(), t.getId() + "#" + source.id), -p.getAmount(), Long::sum);
          break;
        default:
          lotDelta.merge(lot(p.getDebit(), p.getLotId().get()), p.getAmount(), Long::sum);
      }
    }
    for (Map.Entry<MutableLot, Long> d : lotDelta.entrySet()) {
      if (d.getKey().remaining + d.getValue() < 0) {
        throw new LedgerException(Reason.NOT_REVERSIBLE, o.getId(), "lot '" + d.getKey().id + "' has " + d.getKey().remaining
            + " left of what operation '" + t.getId() + "' moved; the rest was spent");
      }
    }
    plan.requested = plan.applied;
    plan.effects.add(() -> {
      lotDelta.forEach((lot, d) -> lot.remaining += d);
      reversed.add(t.getId());
      if (t instanceof Operation.Redeem r) {
        items.get(r.getItem()).stock += r.getQuantity();
      }
      if (t instanceof Operation.Accrue a) {
        ActivityRule rule = policy.getActivities().get(a.getActivity());
        List<Long> caps = new ArrayList<>();
        capKeys(a, rule, caps).forEach(k -> earned.merge(k, -target.applied, Long::sum));
      }
    });
    return plan;
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns an account.
   *
   * @param id the id
   * @return the account, or empty
   */
  public synchronized Optional<Account> getAccount(String id) {
    return Optional.ofNullable(accounts.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an account's balance.
   *
   * @param id the account id
   * @return the balance in minor units
   * @throws IllegalArgumentException if there is no such account
   */
  public synchronized long balance(String id) {
    long[] b = balances.get(requireNonNull(id, "id"));
    if (b == null) {
      throw new IllegalArgumentException("No account '" + id + "'");
    }
    return b[0];
  }

  /**
   * Returns a holder's lots with something left, oldest first.
   *
   * @param id the account id
   * @return the lots
   */
  public synchronized List<Lot> lots(String id) {
    List<MutableLot> list = lotsByAccount.getOrDefault(requireNonNull(id, "id"), List.of());
    return list.stream().filter(l -> l.remaining > 0).map(MutableLot::snapshot).toList();
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
    return postings.stream()
        .filter(p -> (p.getDebit().equals(id) || p.getCredit().equals(id)) && !p.getAt().isBefore(from) && p.getAt().isBefore(to))
        .toList();
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
    Map<String, Long> sums = new HashMap<>();
    Map<String, Instant> accrualTimes = new HashMap<>();
    for (Posting p : postings) {
      if (p.getUnit() != unit) {
        continue;
      }
      if (p.getKind() == PostingKind.ACCRUAL) {
        accrualTimes.put(p.getOperationId(), p.getAt());
        if (!p.getAt().isBefore(from) && p.getAt().isBefore(to)) {
          sums.merge(p.getCredit(), p.getAmount(), Long::sum);
        }
      } else if (p.getKind() == PostingKind.REVERSAL && p.getCredit().equals(systemAccount(AccountKind.ISSUING, unit)) && p.getLotId().isPresent()) {
        // A reversed accrual takes back what it earned, in the period it was earned.
        Instant earnedAt = accrualTimes.get(p.getLotId().get());
        if (earnedAt != null && !earnedAt.isBefore(from) && earnedAt.isBefore(to)) {
          sums.merge(p.getDebit(), -p.getAmount(), Long::sum);
        }
      }
    }
    return sums.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Returns what holders hold per community.
   *
   * @param unit the unit
   * @return community id to total balance
   */
  public synchronized Map<String, Long> totalsByCommunity(LedgerUnit unit) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (Account a : accounts.values()) {
      if (a.getKind().isHolder() && a.getUnit() == unit && a.getCommunityId().isPresent()) {
        out.merge(a.getCommunityId().get(), balances.get(a.getId())[0], Long::sum);
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
    for (Account a : accounts.values()) {
      if (a.getUnit() == unit) {
        s += balances.get(a.getId())[0];
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
    long redeemed = balance(systemAccount(AccountKind.REDEMPTION, unit));
    long outstanding = 0;
    int holders = 0;
    for (Account a : accounts.values()) {
      if (a.getUnit() != unit) {
        continue;
      }
      if (a.getKind() == AccountKind.MERCHANT) {
        redeemed += balances.get(a.getId())[0];
      } else if (a.getKind().isHolder()) {
        outstanding += balances.get(a.getId())[0];
        holders++;
      }
    }
    long count = postings.stream().filter(p -> p.getUnit() == unit).count();
    return new Totals(unit, -balance(systemAccount(AccountKind.ISSUING, unit)), redeemed,
        balance(systemAccount(AccountKind.EXPIRY, unit)), balance(systemAccount(AccountKind.DONATION, unit)), outstanding, holders, count);
  }

  /**
   * Returns the accepted operations in the order applied.
   *
   * @return the log
   */
  public synchronized List<Operation> log() {
    return List.copyOf(log);
  }

  /**
   * Returns every posting in the order made.
   *
   * @return the postings
   */
  public synchronized List<Posting> postings() {
    return List.copyOf(postings);
  }

  /**
   * Returns an item's stock.
   *
   * @param item the item id
   * @return the stock, empty when there is no such item
   */
  public synchronized OptionalLong stock(String item) {
    Item i = items.get(requireNonNull(item, "item"));
    return i == null ? OptionalLong.empty() : OptionalLong.of(i.stock);
  }
}
