package org.jiceng.governance.rules.ledger;

import static org.jiceng.governance.rules.ledger.PostingColumns.DONATION;
import static org.jiceng.governance.rules.ledger.PostingColumns.EXPIRY;
import static org.jiceng.governance.rules.ledger.PostingColumns.REDEMPTION;
import static org.jiceng.governance.rules.ledger.PostingColumns.TRANSFER;

import com.google.common.math.LongMath;
import java.time.Period;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The rules of the operations that spend lots, oldest first: redeeming an item, transferring
 * hours to a relative, donating, and the expiry of lapsed lots. Each rule checks and plans its
 * postings, and returns what it changes besides the book, or null. Not API; the {@link Ledger}'s
 * lock guards it.
 */
final class SpendingRules {
  private final LedgerPolicy policy;
  private final Book book;
  private final AccountColumns accounts;
  private final LotColumns lots;
  private final Plan plan;
  private final AccrualRules accrual;

  SpendingRules(LedgerPolicy policy, Book book, Plan plan, AccrualRules accrual) {
    this.policy = policy;
    this.book = book;
    this.accounts = book.accounts;
    this.lots = book.lots;
    this.plan = plan;
    this.accrual = accrual;
  }

  /** Plans postings that take {@code amount} from the spendable lots of a holder, oldest first. */
  private void take(Operation op, int holder, long amount, byte kind, int credit) {
    int[] list = accounts.lots[holder];
    int count = accounts.lotCount[holder];
    int cursor = accounts.lotCursor[holder];
    while (cursor < count && lots.remaining[list[cursor]] == 0) {
      cursor++;
    }
    accounts.lotCursor[holder] = cursor;
    long at = op.getAt().getEpochSecond();
    long left = amount;
    for (int i = cursor; i < count && left > 0; i++) {
      int lot = list[i];
      long remaining = lots.remaining[lot];
      if (remaining > 0 && lots.expiry[lot] > at) {
        long part = Math.min(left, remaining);
        plan.post(kind, holder, credit, part, lot);
        left -= part;
      }
    }
    if (left > 0) {
      throw LedgerException.of(Reason.INSUFFICIENT_BALANCE, op.getId(), "ledger.can-spend", accounts.id(holder), amount - left, amount);
    }
  }

  /** Records what a spending rule moves in the plan. */
  private void planned(long amount, int subject, int object) {
    plan.requested = amount;
    plan.applied = amount;
    plan.subject = subject;
    plan.object = object;
  }

  Runnable redeem(Operation.Redeem o) {
    int holder = accrual.holder(o, o.getAccount());
    Account a = accounts.account[holder];
    int index = accrual.itemIndex(o.getItem());
    if (index < 0) {
      throw LedgerException.of(Reason.UNKNOWN, o.getId(), "ledger.no-item", o.getItem());
    }
    AccrualRules.Item item = accrual.item(index);
    Operation.Restock def = item.definition;
    if (def.getUnit() != a.getUnit()) {
      throw LedgerException.of(Reason.WRONG_KIND, o.getId(), "ledger.item-unit", o.getItem(), def.getUnit());
    }
    Plan.positive(o, o.getQuantity(), "quantity");
    if (item.stock < o.getQuantity()) {
      throw LedgerException.of(Reason.OUT_OF_STOCK, o.getId(), "ledger.out-of-stock", o.getItem(), item.stock, o.getQuantity());
    }
    if (def.isInNeedOnly() && !a.isInNeed()) {
      throw LedgerException.of(Reason.NOT_ELIGIBLE, o.getId(), "ledger.in-need-only", o.getItem());
    }
    if (def.isCare() && policy.getCareFromAge().isPresent()) {
      int age = a.getBirthDate().map(b -> Period.between(b, accrual.localDate(o.getAt())).getYears()).orElse(-1);
      if (age < policy.getCareFromAge().getAsInt()) {
        throw (age < 0
            ? LedgerException.of(Reason.NOT_ELIGIBLE, o.getId(), "ledger.care-unknown-age", policy.getCareFromAge().getAsInt())
            : LedgerException.of(Reason.NOT_ELIGIBLE, o.getId(), "ledger.care-age", policy.getCareFromAge().getAsInt(), age));
      }
    }
    long cost;
    try {
      cost = Math.multiplyExact(def.getPrice(), o.getQuantity());
    } catch (ArithmeticException tooMuch) {
      throw LedgerException.of(Reason.BAD_AMOUNT, o.getId(), "ledger.price-overflow", o.getQuantity(), o.getItem());
    }
    int to = def.getMerchant().isPresent()
        ? accounts.indexOf(def.getMerchant().get())
        : book.system(AccountKind.REDEMPTION, holder);
    take(o, holder, cost, REDEMPTION, to);
    planned(cost, holder, index);
    long quantity = o.getQuantity();
    return () -> item.stock -= quantity;
  }

  Runnable transfer(Operation.Transfer o) {
    if (!policy.isTransferToRelatives()) {
      throw LedgerException.of(Reason.NOT_ALLOWED, o.getId(), "ledger.no-transfers", policy.getId());
    }
    int from = accrual.holder(o, o.getFrom());
    int to = accrual.holder(o, o.getTo());
    if (accounts.account[from].getUnit() != LedgerUnit.MINUTES || accounts.account[to].getUnit() != LedgerUnit.MINUTES) {
      throw LedgerException.of(Reason.WRONG_KIND, o.getId(), "ledger.hours-only");
    }
    if (!accounts.account[from].getRelatives().contains(o.getTo())) {
      throw LedgerException.of(Reason.NOT_ALLOWED, o.getId(), "ledger.not-relative", o.getTo(), o.getFrom());
    }
    Plan.positive(o, o.getAmount(), "amount");
    long cap = plan.cap(to);
    if (cap >= 0 && o.getAmount() > LongMath.saturatedSubtract(cap, accounts.balance[to])) {
      throw LedgerException.of(Reason.NOT_ALLOWED, o.getId(), "ledger.relative-cap", o.getTo(), cap);
    }
    take(o, from, o.getAmount(), TRANSFER, to);
    planned(o.getAmount(), from, to);
    return null;
  }

  Runnable donate(Operation.Donate o) {
    int from = accrual.holder(o, o.getFrom());
    Plan.positive(o, o.getAmount(), "amount");
    take(o, from, o.getAmount(), DONATION, book.system(AccountKind.DONATION, from));
    planned(o.getAmount(), from, -1);
    return null;
  }

  Runnable expire(Operation.Expire o) {
    long at = o.getAt().getEpochSecond();
    for (int a = 0; a < accounts.count; a++) {
      int[] list = accounts.lots[a];
      if (list == null) {
        continue;
      }
      int expiry = book.system(AccountKind.EXPIRY, a);
      for (int i = accounts.lotCursor[a]; i < accounts.lotCount[a]; i++) {
        int lot = list[i];
        if (lots.remaining[lot] > 0 && lots.expiry[lot] != LotColumns.NEVER && lots.expiry[lot] <= at) {
          plan.post(EXPIRY, a, expiry, lots.remaining[lot], lot);
          plan.applied = LongMath.saturatedAdd(plan.applied, lots.remaining[lot]);
        }
      }
    }
    plan.requested = plan.applied;
    return null;
  }
}
