package org.jiceng.governance.benchmarks;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.ActivityRule;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.Operation;
import org.jiceng.governance.rules.profile.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Postings per second on one core. {@code accrue} applies one accrual (one posting, one lot, the
 * idempotency record and the log entry) per call; {@code accrueTwiceAndRedeem} two accruals and
 * one redemption that spends from both lots (four postings). The heap is fixed and touched before
 * the run ({@code -XX:+AlwaysPreTouch}): on a virtual machine the first touch of fresh pages
 * otherwise stalled the growing book for up to 1.5 s.
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests -pl benchmarks -am && java -jar benchmarks/target/benchmarks.jar LedgerBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class LedgerBenchmark {
  private static final Source SOURCE = Source.of("benchmark", "");
  private static final LedgerPolicy POLICY = LedgerPolicy.builder().id("benchmark").source(SOURCE)
      .putActivities("serve", ActivityRule.builder().activity("serve").unit(LedgerUnit.MINUTES).amount(60).perHour(true).source(SOURCE).build())
      .build();
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final int ACCOUNTS = 1000;

  private Ledger ledger;
  private String[] accounts;
  private long next;

  /** A fresh ledger each iteration, so memory stays bounded. */
  @Setup(Level.Iteration)
  public void setUp() {
    ledger = Ledger.of(POLICY);
    accounts = new String[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts[i] = "h" + i;
      ledger.apply(Operation.OpenAccount.of("open" + i, T0, Account.builder().id(accounts[i]).kind(AccountKind.PARTY_MEMBER).unit(LedgerUnit.MINUTES).build()));
    }
    ledger.apply(Operation.Restock.builder().id("item").at(T0).item("care").unit(LedgerUnit.MINUTES).price(90)
        .quantity(Long.MAX_VALUE / 2).build());
    next = 0;
  }

  /**
   * One accrual: one posting.
   *
   * @return the result, so the JIT keeps the work
   */
  @Benchmark
  public Ledger.Result accrue() {
    long n = next++;
    return ledger.apply(Operation.Accrue.of("a" + n, T0.plusSeconds(n), accounts[(int) (n % ACCOUNTS)], "serve", 60));
  }

  /**
   * Two accruals of 60 then one redemption of 90 across both lots: four postings.
   *
   * @return the result, so the JIT keeps the work
   */
  @Benchmark
  public Ledger.Result accrueTwiceAndRedeem() {
    long n = next++;
    String account = accounts[(int) (n % ACCOUNTS)];
    Instant at = T0.plusSeconds(n);
    ledger.apply(Operation.Accrue.of("a" + n, at, account, "serve", 60));
    ledger.apply(Operation.Accrue.of("b" + n, at, account, "serve", 60));
    return ledger.apply(Operation.Redeem.of("r" + n, at, account, "care", 1));
  }
}
