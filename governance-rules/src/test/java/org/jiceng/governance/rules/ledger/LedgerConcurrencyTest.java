package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several threads post at once, half of their operations repeats of the others': nothing is lost or doubled. */
class LedgerConcurrencyTest {
  @Test
  void manyThreads_loseNothingAndDoubleNothing() throws Exception {
    Ledger l = Ledger.of(LedgerProperties.POLICY);
    int threads = 4;
    int perThread = 5_000;
    for (int a = 0; a < 10; a++) {
      l.apply(Operation.OpenAccount.of("open" + a, LedgerProperties.T0,
          Account.builder().id("h" + a).kind(AccountKind.PARTY_MEMBER).unit(LedgerUnit.MINUTES).build()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        int repeats = 0;
        for (int i = 0; i < perThread; i++) {
          // Threads 0 and 1 send the same ids, as do 2 and 3: each id is applied once.
          int key = (thread / 2) * perThread + i;
          var r = l.apply(Operation.Accrue.of("s" + key, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(key), "h" + key % 10, "serve", 1));
          repeats += r.isRepeated() ? 1 : 0;
        }
        return repeats;
      }));
    }
    start.countDown();
    int repeats = 0;
    for (Future<Integer> f : futures) {
      repeats += f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    int distinct = 2 * perThread;
    assertThat(repeats).isEqualTo(threads * perThread - distinct);
    assertThat(l.postings()).hasSize(distinct);
    assertThat(l.sum(LedgerUnit.MINUTES)).isZero();
    for (int a = 0; a < 10; a++) {
      assertThat(l.balance("h" + a)).isEqualTo(distinct / 10);
    }
  }
}
