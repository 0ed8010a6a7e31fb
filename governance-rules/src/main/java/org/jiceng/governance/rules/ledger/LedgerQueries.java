package org.jiceng.governance.rules.ledger;

import static org.jiceng.governance.rules.ledger.PostingColumns.ACCRUAL;
import static org.jiceng.governance.rules.ledger.PostingColumns.REVERSAL;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * The read side of the ledger: lots, statements, rankings and totals read from the {@link Book},
 * and the fixed list views of its postings and log, whose values are made when read. The caller
 * holds the ledger's lock; the views take it themselves. Not API.
 */
final class LedgerQueries {
  private static final PostingKind[] KINDS = PostingKind.values();

  private final Book book;
  private final AccountColumns accounts;
  private final PostingColumns postings;
  private final LotColumns lots;
  private final OperationStore store;
  /** The ledger, whose lock the views take. */
  private final Object lock;

  LedgerQueries(Book book, Object lock) {
    this.book = book;
    this.accounts = book.accounts;
    this.postings = book.postings;
    this.lots = book.lots;
    this.store = book.store;
    this.lock = lock;
  }

  private Posting posting(int i) {
    int op = postings.op[i];
    Account debit = accounts.account[postings.debit[i]];
    int lot = postings.lot[i];
    return ImmutablePosting.of(store.id(op), i - book.firstPosting(op), KINDS[postings.kind[i]], debit.getId(),
        accounts.id(postings.credit[i]), debit.getUnit(), postings.amount[i],
        lot < 0 ? Optional.empty() : Optional.of(book.lotId(lot)), store.at(op));
  }

  /** The postings of an operation, as a fixed view. */
  List<Posting> postingsOf(int op) {
    return new PostingList(book.firstPosting(op), book.postingEnd(op));
  }

  /** Every posting made so far, as a fixed view. */
  List<Posting> postings() {
    return new PostingList(0, postings.count);
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
      synchronized (lock) {
        return posting(from + index);
      }
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /** Every operation applied so far, as a fixed view. */
  List<Operation> log() {
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
      synchronized (lock) {
        return store.get(index);
      }
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** See {@link Ledger#lots}. */
  List<Lot> lots(String id) {
    int a = accounts.indexOf(id);
    if (a < 0 || accounts.lots[a] == null) {
      return List.of();
    }
    List<Lot> out = new ArrayList<>();
    for (int i = accounts.lotCursor[a]; i < accounts.lotCount[a]; i++) {
      int lot = accounts.lots[a][i];
      if (lots.remaining[lot] > 0) {
        out.add(ImmutableLot.of(book.lotId(lot), id, store.at(lots.earnedOp[lot]),
            lots.expiry[lot] == LotColumns.NEVER ? Optional.empty() : Optional.of(Instant.ofEpochSecond(lots.expiry[lot])),
            lots.original[lot], lots.remaining[lot]));
      }
    }
    return List.copyOf(out);
  }

  /** See {@link Ledger#statement}. */
  List<Posting> statement(String id, Instant from, Instant to) {
    int a = accounts.indexOf(id);
    if (a < 0) {
      return List.of();
    }
    List<Posting> out = new ArrayList<>();
    for (int i = 0; i < postings.count; i++) {
      if ((postings.debit[i] == a || postings.credit[i] == a) && store.within(postings.op[i], from, to)) {
        out.add(posting(i));
      }
    }
    return List.copyOf(out);
  }

  /** See {@link Ledger#ranking}. */
  List<Map.Entry<String, Long>> ranking(LedgerUnit unit, Instant from, Instant to, int limit) {
    // Each running sum is at most what the issuing account has given out net, which the
    // negative-total limit keeps within a long.
    long[] sums = new long[accounts.count];
    int issuing = book.system(AccountKind.ISSUING, unit);
    for (int i = 0; i < postings.count; i++) {
      byte kind = postings.kind[i];
      if (kind == ACCRUAL && postings.debit[i] == issuing) {
        if (store.within(postings.op[i], from, to)) {
          sums[postings.credit[i]] += postings.amount[i];
        }
      } else if (kind == REVERSAL && postings.credit[i] == issuing && postings.lot[i] >= 0) {
        // A reversed accrual takes back what it earned, in the period it was earned.
        if (store.within(lots.op[postings.lot[i]], from, to)) {
          sums[postings.debit[i]] -= postings.amount[i];
        }
      }
    }
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    for (int a = 0; a < accounts.count; a++) {
      if (sums[a] > 0) {
        out.add(Map.entry(accounts.id(a), sums[a]));
      }
    }
    return out.stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .toList();
  }

  /** See {@link Ledger#totalsByCommunity}. */
  Map<String, Long> totalsByCommunity(LedgerUnit unit) {
    Map<String, Long> out = new TreeMap<>();
    for (int i = 0; i < accounts.count; i++) {
      Account a = accounts.account[i];
      if (a.getKind().isHolder() && a.getUnit() == unit && a.getCommunityId().isPresent()) {
        out.merge(a.getCommunityId().get(), accounts.balance[i], Long::sum);
      }
    }
    return out;
  }

  /** See {@link Ledger#sum}. */
  long sum(LedgerUnit unit) {
    long s = 0;
    for (int i = 0; i < accounts.count; i++) {
      if (accounts.account[i].getUnit() == unit) {
        s += accounts.balance[i];
      }
    }
    return s;
  }

  /** See {@link Ledger#totals}. */
  Ledger.Totals totals(LedgerUnit unit) {
    long[] balance = accounts.balance;
    long redeemed = balance[book.system(AccountKind.REDEMPTION, unit)];
    long outstanding = 0;
    int holders = 0;
    for (int i = 0; i < accounts.count; i++) {
      Account a = accounts.account[i];
      if (a.getUnit() != unit) {
        continue;
      }
      if (a.getKind() == AccountKind.MERCHANT) {
        redeemed += balance[i];
      } else if (a.getKind().isHolder()) {
        outstanding += balance[i];
        holders++;
      }
    }
    return ImmutableTotals.of(unit, -balance[book.system(AccountKind.ISSUING, unit)], redeemed,
        balance[book.system(AccountKind.EXPIRY, unit)], balance[book.system(AccountKind.DONATION, unit)],
        outstanding, holders, book.postingsPerUnit[unit.ordinal()]);
  }
}
