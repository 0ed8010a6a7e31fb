package org.jiceng.governance.spark;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Assumptions;

/** Spark in local mode for tests: no UI, loopback only, few shuffle partitions. */
final class SparkSupport {
  private SparkSupport() {}

  static SparkConf localConf(int threads) {
    return new SparkConf().setMaster("local[" + threads + "]").setAppName("jiceng-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.default.parallelism", String.valueOf(threads));
  }

  /** Skips the Spark tests where Spark cannot start: see {@link #whyNot()}. */
  static void assumeSparkRuns() {
    Assumptions.assumeTrue(whyNot() == null, SparkSupport::whyNot);
  }

  /** Why Spark cannot run on this JVM, or null when it can. */
  static String whyNot() {
    return null;
  }
}
