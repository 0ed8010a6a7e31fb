package org.jiceng.governance.rules.ledger;

import static org.jiceng.governance.rules.ledger.PostingColumns.ACCRUAL;
import static org.jiceng.governance.rules.ledger.PostingColumns.CAP_DONATION;

import com.google.common.math.LongMath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The rules of what the other operations draw on: opening an account, earning by an activity
 * (with its caps per day, month and year, the account caps and the date what is earned lapses),
 * and restocking an item. Each rule checks, plans its postings and returns what it changes besides
 * the book, or null. Not API; the {@link Ledger}'s lock guards it.
 */
final class AccrualRules {
  /** An item's definition as last restocked, and its stock. */
  static final class Item {
    Operation.Restock definition;
    long stock;

    Item(Operation.Restock definition, long stock) {
      this.definition = definition;
      this.stock = stock;
    }
  }

  /** What an account has earned by an activity in a day ('D'), month ('M') or year ('Y'). */
  private record CapKey(int account, String activity, char period, long number) {}

  private final LedgerPolicy policy;
  private final ZoneRules zone;
  private final Book book;
  private final AccountColumns accounts;
  private final Plan plan;
  private final boolean expires;
  private int expiryYear = Integer.MIN_VALUE;
  private long expiryOfYear;
  private final Map<String, Integer> activityIndex = new HashMap<>();
  private final ActivityRule[] activityRules;
  private final String[] activityIds;
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final List<Item> items = new ArrayList<>();
  private final Map<CapKey, Long> earned = new HashMap<>();

  AccrualRules(LedgerPolicy policy, Book book, Plan plan) {
    this.policy = policy;
    this.zone = policy.getZone().getRules();
    this.book = book;
    this.accounts = book.accounts;
    this.plan = plan;
    this.expires = policy.getExpiry() != LedgerPolicy.Expiry.NEVER;
    int activities = policy.getActivities().size();
    this.activityRules = new ActivityRule[activities];
    this.activityIds = new String[activities];
    for (Map.Entry<String, ActivityRule> e : policy.getActivities().entrySet()) {
      activityIds[activityIndex.size()] = e.getKey();
      activityRules[activityIndex.size()] = e.getValue();
      activityIndex.put(e.getKey(), activityIndex.size());
    }
  }

  String activityId(int index) {
    return activityIds[index];
  }

  /** The index of an item, or -1. */
  int itemIndex(String id) {
    Integer i = itemIndex.get(id);
    return i == null ? -1 : i;
  }

  Item item(int index) {
    return items.get(index);
  }

  /**
   * Finds a holder's account.
   *
   * @return its index
   * @throws LedgerException when there is no such account or it is not a holder's
   */
  int holder(Operation op, String id) {
    int i = accounts.indexOf(id);
    if (i < 0) {
      throw LedgerException.of(Reason.UNKNOWN, op.getId(), "ledger.no-account", id);
    }
    Account a = accounts.account[i];
    if (!a.getKind().isHolder()) {
      throw LedgerException.of(Reason.WRONG_KIND, op.getId(), "ledger.not-holder", id, a.getKind());
    }
    return i;
  }

  /** The local date of an instant in the policy's zone. */
  LocalDate localDate(Instant at) {
    long local = at.getEpochSecond() + zone.getOffset(at).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
  }

  Runnable open(Operation.OpenAccount o) {
    Account a = o.getAccount();
    if (accounts.indexOf(a.getId()) >= 0) {
      throw LedgerException.of(Reason.ACCOUNT_EXISTS, o.getId(), "ledger.account-exists", a.getId());
    }
    if (!a.getKind().isHolder() && a.getKind() != AccountKind.MERCHANT) {
      throw LedgerException.of(Reason.WRONG_KIND, o.getId(), "ledger.own-accounts", a.getKind());
    }
    return () -> accounts.add(a);
  }

  /** The keys of the caps an accrual counts against, with the caps; empty when the rule has none. */
  private List<Map.Entry<CapKey, Long>> caps(Operation.Accrue o, ActivityRule rule, int account) {
    if (rule.getCapPerDay().isEmpty() && rule.getCapPerMonth().isEmpty() && rule.getCapPerYear().isEmpty()) {
      return List.of();
    }
    LocalDate day = localDate(o.getAt());
    List<Map.Entry<CapKey, Long>> keys = new ArrayList<>(3);
    rule.getCapPerDay().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'D', day.toEpochDay()), c)));
    rule.getCapPerMonth().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'M', day.getYear() * 12L + day.getMonthValue()), c)));
    rule.getCapPerYear().ifPresent(c -> keys.add(Map.entry(new CapKey(account, rule.getActivity(), 'Y', day.getYear()), c)));
    return keys;
  }

  /** The epoch second at which what is earned at an instant lapses: the end of the following year. */
  private long expiryOf(Instant earnedAt) {
    if (!expires) {
      return LotColumns.NEVER;
    }
    int year = localDate(earnedAt).getYear();
    if (year != expiryYear) {
      expiryOfYear = LocalDate.of(year + 2, 1, 1).atStartOfDay(policy.getZone()).toEpochSecond();
      expiryYear = year;
    }
    return expiryOfYear;
  }

  Runnable accrue(Operation.Accrue o) {
    int holder = holder(o, o.getAccount());
    Account a = accounts.account[holder];
    Integer activity = activityIndex.get(o.getActivity());
    if (activity == null) {
      throw LedgerException.of(Reason.UNKNOWN, o.getId(), "ledger.no-activity", o.getActivity(), policy.getId());
    }
    ActivityRule rule = activityRules[activity];
    if (rule.getUnit() != a.getUnit()) {
      throw LedgerException.of(Reason.WRONG_KIND, o.getId(), "ledger.activity-unit", o.getActivity(), rule.getUnit(), a.getId(), a.getUnit());
    }
    Plan.positive(o, o.getQuantity(), "quantity");
    if (rule.isConfirmationRequired() && o.getConfirmedBy().isEmpty()) {
      throw LedgerException.of(Reason.CONFIRMATION_REQUIRED, o.getId(), "ledger.confirmation", o.getActivity());
    }
    long requested;
    try {
      requested = rule.earn(o.getQuantity());
    } catch (ArithmeticException beyond) {
      throw LedgerException.of(Reason.OUT_OF_RANGE, o.getId(), "ledger.earned-overflow", o.getQuantity(), o.getActivity());
    }
    Plan.positive(o, requested, "earned");
    List<Map.Entry<CapKey, Long>> caps = caps(o, rule, holder);
    long allowed = requested;
    for (Map.Entry<CapKey, Long> cap : caps) {
      allowed = Math.min(allowed, cap.getValue() - earned.getOrDefault(cap.getKey(), 0L));
    }
    if (allowed <= 0) {
      throw LedgerException.of(Reason.CAP_REACHED, o.getId(), "ledger.cap-reached", o.getActivity(), a.getId());
    }
    long toHolder = allowed;
    long accountCap = plan.cap(holder);
    if (accountCap >= 0) {
      toHolder = Math.max(0, Math.min(allowed, LongMath.saturatedSubtract(accountCap, accounts.balance[holder])));
    }
    long excess = allowed - toHolder;
    plan.requested = requested;
    plan.applied = allowed;
    plan.subject = holder;
    plan.object = activity;
    plan.lapses = expiryOf(o.getAt());
    int issuing = book.system(AccountKind.ISSUING, holder);
    if (toHolder > 0) {
      plan.post(ACCRUAL, issuing, holder, toHolder, -1);
    }
    if (excess > 0) {
      plan.post(CAP_DONATION, issuing, book.system(AccountKind.DONATION, holder), excess, -1);
    }
    if (caps.isEmpty()) {
      return null;
    }
    long credited = allowed;
    return () -> caps.forEach(c -> earned.merge(c.getKey(), credited, Long::sum));
  }

  /** Takes back from the caps what a reversed accrual counted against them. */
  void unearn(Operation.Accrue a, long applied) {
    ActivityRule rule = activityRules[activityIndex.get(a.getActivity())];
    caps(a, rule, accounts.indexOf(a.getAccount())).forEach(c -> earned.merge(c.getKey(), -applied, Long::sum));
  }

  Runnable restock(Operation.Restock o) {
    Plan.positive(o, o.getPrice(), "price");
    if (o.getQuantity() < 0) {
      throw LedgerException.of(Reason.BAD_AMOUNT, o.getId(), "ledger.negative-stock", o.getQuantity());
    }
    if (o.getMerchant().isPresent()) {
      int m = accounts.indexOf(o.getMerchant().get());
      if (m < 0 || accounts.account[m].getKind() != AccountKind.MERCHANT || accounts.account[m].getUnit() != o.getUnit()) {
        throw LedgerException.of(Reason.WRONG_KIND, o.getId(), "ledger.not-merchant", o.getMerchant().get(), o.getUnit());
      }
    }
    int known = itemIndex(o.getItem());
    Item existing = known < 0 ? null : items.get(known);
    long stock;
    try {
      stock = Math.addExact(existing == null ? 0 : existing.stock, o.getQuantity());
    } catch (ArithmeticException tooMuch) {
      throw LedgerException.of(Reason.BAD_AMOUNT, o.getId(), "ledger.stock-overflow", o.getItem());
    }
    plan.requested = o.getQuantity();
    plan.applied = o.getQuantity();
    return () -> {
      if (existing == null) {
        itemIndex.put(o.getItem(), items.size());
        items.add(new Item(o, stock));
      } else {
        existing.definition = o;
        existing.stock = stock;
      }
    };
  }
}
