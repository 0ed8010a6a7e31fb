package org.jiceng.governance.spark;

import org.apache.spark.SparkConf;

/** Spark in local mode for tests: no UI, loopback only. */
final class SparkSupport {
  private SparkSupport() {}

  static SparkConf localConf(int threads) {
    return new SparkConf().setMaster("local[" + threads + "]").setAppName("jiceng-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.default.parallelism", String.valueOf(threads));
  }
}
