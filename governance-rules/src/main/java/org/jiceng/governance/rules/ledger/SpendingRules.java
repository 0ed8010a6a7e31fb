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
      throw new LedgerException(Reason.INSUFFICIENT_BALANCE, op.getId(),
          "account '" + accounts.id(holder) + "' can spend " + (amount - left) + ", " + amount + " needed");
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
      throw new LedgerException(Reason.UNKNOWN, o.getId(), "no item '" + o.getItem() + "'");
    }
    AccrualRules.Item item = accrual.item(index);
    Operation.Restock def = item.definition;
    if (def.getUnit() != a.getUnit()) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "item '" + o.getItem() + "' is priced in " + def.getUnit());
    }
    Plan.positive(o, o.getQuantity(), "the quantity");
    if (item.stock < o.getQuantity()) {
      throw new LedgerException(Reason.OUT_OF_STOCK, o.getId(), "item '" + o.getItem() + "' has " + item.stock + " left, " + o.getQuantity() + " asked");
    }
    if (def.isInNeedOnly() && !a.isInNeed()) {
      throw new LedgerException(Reason.NOT_ELIGIBLE, o.getId(), "item '" + o.getItem() + "' is for residents in need");
    }
    if (def.isCare() && policy.getCareFromAge().isPresent()) {
      int age = a.getBirthDate().map(b -> Period.between(b, accrual.localDate(o.getAt())).getYears()).orElse(-1);
      if (age < policy.getCareFromAge().getAsInt()) {
        throw new LedgerException(Reason.NOT_ELIGIBLE, o.getId(), "care is redeemed from age " + policy.getCareFromAge().getAsInt()
            + (age < 0 ? "; the holder's birth date is not known" : "; the holder is " + age));
      }
    }
    long cost;
    try {
      cost = Math.multiplyExact(def.getPrice(), o.getQuantity());
    } catch (ArithmeticException tooMuch) {
      throw new LedgerException(Reason.BAD_AMOUNT, o.getId(), "the price of " + o.getQuantity() + " '" + o.getItem() + "' is beyond any balance");
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
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "policy " + policy.getId() + " does not allow transfers");
    }
    int from = accrual.holder(o, o.getFrom());
    int to = accrual.holder(o, o.getTo());
    if (accounts.account[from].getUnit() != LedgerUnit.MINUTES || accounts.account[to].getUnit() != LedgerUnit.MINUTES) {
      throw new LedgerException(Reason.WRONG_KIND, o.getId(), "only hours are transferred");
    }
    if (!accounts.account[from].getRelatives().contains(o.getTo())) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "'" + o.getTo() + "' is not a lineal relative of '" + o.getFrom() + "'");
    }
    Plan.positive(o, o.getAmount(), "the amount");
    long cap = plan.cap(to);
    if (cap >= 0 && o.getAmount() > LongMath.saturatedSubtract(cap, accounts.balance[to])) {
      throw new LedgerException(Reason.NOT_ALLOWED, o.getId(), "'" + o.getTo() + "' would hold more than its cap " + cap);
    }
    take(o, from, o.getAmount(), TRANSFER, to);
    planned(o.getAmount(), from, to);
    return null;
  }

  Runnable donate(Operation.Donate o) {
    int from = accrual.holder(o, o.getFrom());
    Plan.positive(o, o.getAmount(), "the amount");
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
