package org.jiceng.governance.rules.ledger;

import static org.jiceng.governance.rules.ledger.PostingColumns.ACCRUAL;
import static org.jiceng.governance.rules.ledger.PostingColumns.REVERSAL;
import static org.jiceng.governance.rules.ledger.PostingColumns.TRANSFER;

import org.jiceng.governance.rules.ledger.LedgerException.Reason;

/**
 * The rule of a reversal: the postings of an earlier accrual, redemption, transfer, donation or
 * expiry posted back in reverse order, the lots given back what they gave, and refused when a lot
 * that received has spent it since. Not API; the {@link Ledger}'s lock guards it.
 */
final class ReversalRule {
  private final Book book;
  private final Plan plan;
  private final AccrualRules accrual;

  ReversalRule(Book book, Plan plan, AccrualRules accrual) {
    this.book = book;
    this.plan = plan;
    this.accrual = accrual;
  }

  Runnable reverse(Operation.Reverse o) {
    OperationStore store = book.store;
    int target = store.find(o.getTarget());
    if (target < 0) {
      throw LedgerException.of(Reason.UNKNOWN, o.getId(), "ledger.no-operation", o.getTarget());
    }
    Operation t = store.get(target);
    if (book.reversed.get(target)) {
      throw LedgerException.of(Reason.NOT_REVERSIBLE, o.getId(), "ledger.reversed", t.getId());
    }
    if (t instanceof Operation.OpenAccount || t instanceof Operation.Restock || t instanceof Operation.Reverse) {
      throw LedgerException.of(Reason.NOT_REVERSIBLE, o.getId(), "ledger.not-reversed", org.jiceng.governance.core.DisplayText.typeName(t.getClass()));
    }
    PostingColumns postings = book.postings;
    for (int p = book.postingEnd(target) - 1; p >= book.firstPosting(target); p--) {
      int lot = postings.lot[p];
      long amount = postings.amount[p];
      plan.post(REVERSAL, postings.credit[p], postings.debit[p], amount, lot);
      plan.applied += amount;
      if (lot < 0) {
        continue;
      }
      byte kind = postings.kind[p];
      if (kind == ACCRUAL) {
        plan.lotDelta(lot, -amount);
      } else if (kind == TRANSFER) {
        plan.lotDelta(lot, amount);
        plan.lotDelta(transferredLot(postings.credit[p], target, lot), -amount);
      } else {
        plan.lotDelta(lot, amount);
      }
    }
    LotColumns lots = book.lots;
    for (int i = 0; i < plan.deltaCount; i++) {
      int lot = plan.deltaLot[i];
      if (lots.remaining[lot] + plan.deltaAmount[i] < 0) {
        throw LedgerException.of(Reason.NOT_REVERSIBLE, o.getId(), "ledger.spent", book.lotId(lot), lots.remaining[lot], t.getId());
      }
    }
    plan.requested = plan.applied;
    plan.subject = target;
    return () -> {
      book.reversed.set(target);
      if (t instanceof Operation.Redeem r) {
        accrual.item(accrual.itemIndex(r.getItem())).stock += r.getQuantity();
      }
      if (t instanceof Operation.Accrue a) {
        accrual.unearn(a, book.applied(target));
      }
    };
  }

  /** The lot a transfer made for the recipient out of a source lot; only reversals need it, so a scan is enough. */
  private int transferredLot(int account, int op, int source) {
    AccountColumns accounts = book.accounts;
    LotColumns lots = book.lots;
    for (int i = 0; i < accounts.lotCount[account]; i++) {
      int lot = accounts.lots[account][i];
      if (lots.op[lot] == op && lots.parent[lot] == source) {
        return lot;
      }
    }
    throw new IllegalStateException("The lot that operation '" + book.store.id(op) + "' made from lot '" + book.lotId(source)
        + "' is missing: the book is inconsistent");
  }
}
