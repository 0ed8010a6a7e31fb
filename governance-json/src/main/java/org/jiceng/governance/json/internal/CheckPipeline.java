package org.jiceng.governance.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.json.CommunitySubtree;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.FormatProblem;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;

/**
 * Checks communities as a reader hands them over, on the calling thread or on a pool, and
 * delivers problems and findings on the calling thread in file order, whatever the number of
 * threads. Not API.
 *
 * <p>Every event (a community checked, a problem found) takes the next sequence number; results
 * that finish early wait in a map until those before them are delivered. The caller stops to
 * deliver when {@code 4 × threads} events are undelivered, so memory holds a bounded number of
 * communities. Each pool thread folds its communities into its own {@link ComplianceEngine.Run};
 * the runs are merged at the end (the engine proves that merging equals one run).
 */
public final class CheckPipeline {
  private final int threads;
  private final boolean lenient;
  private final Consumer<Finding> findings;
  private final Consumer<FormatProblem> problems;
  private final IntConsumer progress;
  private final int window;
  private final Map<Long, Object> done = new ConcurrentHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Map<Thread, ComplianceEngine.Run> runs = new ConcurrentHashMap<>();
  private ComplianceEngine engine;
  private Area county;
  private ComplianceEngine.Run own;
  private ExecutorService pool;
  private long next;
  private long delivered;
  private int communities;
  private boolean failed;

  /**
   * Creates a pipeline.
   *
   * @param threads 1 to check on the calling thread, more for a pool of that size
   * @param lenient deliver the problems of a community that does not build and go on (else throw them)
   * @param findings receives findings in order
   * @param problems receives problems in order
   * @param progress receives the number of communities checked so far
   */
  public CheckPipeline(int threads, boolean lenient, Consumer<Finding> findings, Consumer<FormatProblem> problems,
      IntConsumer progress) {
    this.threads = threads;
    this.lenient = lenient;
    this.findings = findings;
    this.problems = problems;
    this.progress = progress;
    this.window = 4 * threads;
  }

  /**
   * Tells whether {@link #start} was called.
   *
   * @return true once started
   */
  public boolean started() {
    return engine != null;
  }

  /**
   * Starts checking with an engine.
   *
   * @param engine the engine
   * @param county the county, the subject of the report
   */
  public void start(ComplianceEngine engine, Area county) {
    this.engine = engine;
    this.county = county;
    this.own = engine.start(county);
    if (threads > 1) {
      AtomicInteger n = new AtomicInteger();
      ThreadFactory f = r -> {
        Thread t = new Thread(r, "jiceng-check-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      pool = Executors.newFixedThreadPool(threads, f);
    }
  }

  /**
   * Checks one community (on the pool when there is one), delivering what is ready.
   *
   * @param subtree the community
   */
  public void check(CommunitySubtree subtree) {
    CommunityScope scope = scope(subtree);
    if (pool == null) {
      deliver(engine.checkLocal(scope));
      own.accumulate(scope);
      return;
    }
    submit(() -> checkOnPool(scope));
  }

  private Object checkOnPool(CommunitySubtree subtree) {
    return checkOnPool(scope(subtree));
  }

  private static CommunityScope scope(CommunitySubtree subtree) {
    return CommunityScope.of(subtree.getJurisdiction(), subtree.getCommunity().getId(), subtree.getLocator());
  }

  private Object checkOnPool(CommunityScope scope) {
    List<Finding> local = engine.checkLocal(scope);
    runs.computeIfAbsent(Thread.currentThread(), t -> engine.start(county)).accumulate(scope);
    return local;
  }

  private void submit(java.util.function.Supplier<Object> task) {
    while (next - delivered >= window) {
      deliverOne(true);
    }
    long seq = next++;
    pool.execute(() -> {
      Object result;
      try {
        result = task.get();
      } catch (RuntimeException | Error e) {
        result = new Failure(e);
      }
      done.put(seq, result);
      lock.lock();
      try {
        arrived.signalAll();
      } finally {
        lock.unlock();
      }
    });
    while (deliverOne(false)) {
      // deliver everything that is ready
    }
  }

  /**
   * Builds and checks one community on the pool, delivering what is ready. A community that does
   * not build is delivered in its turn: its problems (lenient), or its exception (strict), thrown
   * on the calling thread.
   *
   * @param pending builds the community, or throws a located {@link DatasetFormatException}
   */
  public void check(java.util.function.Supplier<CommunitySubtree> pending) {
    if (pool == null) {
      CommunitySubtree subtree;
      try {
        subtree = pending.get();
      } catch (DatasetFormatException e) {
        deliverBad(e);
        return;
      }
      check(subtree);
      return;
    }
    submit(() -> {
      CommunitySubtree subtree;
      try {
        subtree = pending.get();
      } catch (DatasetFormatException e) {
        return new Bad(e);
      }
      return checkOnPool(subtree);
    });
  }

  /**
   * Delivers a problem after everything found before it.
   *
   * @param problem the problem
   */
  public void problem(FormatProblem problem) {
    if (pool == null) {
      problems.accept(problem);
      return;
    }
    done.put(next++, problem);
    while (deliverOne(false)) {
      // deliver everything that is ready
    }
  }

  /**
   * Delivers everything, merges the runs and finishes the county-wide rules, whose findings are
   * delivered last.
   *
   * @return the report of the county-wide rules (its findings are those delivered last)
   */
  public ComplianceReport finish() {
    drainAndStop();
    List<ComplianceEngine.Run> all = new ArrayList<>(runs.values());
    for (ComplianceEngine.Run r : all) {
      own.merge(r);
    }
    ComplianceReport report = own.finish();
    report.getFindings().forEach(findings);
    return report;
  }

  /**
   * Delivers what was checked so far and stops the pool; after a community that did not build
   * in strict mode, delivers nothing more.
   *
   * @throws DatasetFormatException when one of the communities delivered now did not build (strict)
   */
  public void drainAndStop() {
    try {
      while (!failed && delivered < next) {
        deliverOne(true);
      }
    } finally {
      abandon();
    }
  }

  /** Stops the pool without delivering. */
  public void abandon() {
    if (pool != null) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pool = null;
    }
  }

  private boolean deliverOne(boolean wait) {
    if (delivered == next) {
      return false;
    }
    Object r = done.remove(delivered);
    if (r == null) {
      if (!wait) {
        return false;
      }
      lock.lock();
      try {
        while ((r = done.remove(delivered)) == null) {
          arrived.awaitUninterruptibly();
        }
      } finally {
        lock.unlock();
      }
    }
    delivered++;
    if (r instanceof FormatProblem) {
      problems.accept((FormatProblem) r);
    } else if (r instanceof Bad) {
      deliverBad(((Bad) r).problem);
    } else if (r instanceof Failure) {
      Throwable t = ((Failure) r).cause;
      if (t instanceof Error) {
        throw (Error) t;
      }
      throw (RuntimeException) t;
    } else {
      @SuppressWarnings("unchecked") // only lists of findings and problems are stored
      List<Finding> local = (List<Finding>) r;
      deliver(local);
    }
    return true;
  }

  private void deliver(List<Finding> local) {
    local.forEach(findings);
    progress.accept(++communities);
  }

  private void deliverBad(DatasetFormatException e) {
    if (!lenient) {
      // Strict: the read ends here, as it would on one thread; nothing after it is delivered.
      failed = true;
      throw e;
    }
    e.getProblems().forEach(problems);
  }

  /** A community that did not build. */
  private static final class Bad {
    final DatasetFormatException problem;

    Bad(DatasetFormatException problem) {
      this.problem = problem;
    }
  }

  /** A check that threw. */
  private static final class Failure {
    final Throwable cause;

    Failure(Throwable cause) {
      this.cause = cause;
    }
  }
}
