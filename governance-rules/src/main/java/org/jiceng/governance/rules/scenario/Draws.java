package org.jiceng.governance.rules.scenario;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/**
 * Random draws that the seeded simulations share, so that every scenario draws the same way from
 * the same seed.
 */
public final class Draws {
  /**
   * Knuth's method multiplies uniform draws until the product falls below {@code exp(-mean)}: its
   * cost grows with the mean and {@code exp(-mean)} underflows past about 745, so larger means
   * are drawn as sums of draws with at most this mean (a sum of Poisson variables is Poisson).
   */
  private static final double CHUNK = 30.0;

  private Draws() {}

  /**
   * Draws a count from the Poisson distribution: how many events happen in a period when they
   * happen independently at a mean rate.
   *
   * @param random the source of randomness, not null
   * @param mean the mean count, finite and at least 0
   * @return the count, 0 when the mean is 0
   * @throws IllegalArgumentException if the mean is negative, infinite or not a number
   */
  public static int poisson(SplittableRandom random, double mean) {
    requireNonNull(random, "random");
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("A Poisson mean must be a finite number >= 0, found " + mean);
    }
    long k = 0;
    double left = mean;
    while (left > 0) {
      double m = Math.min(left, CHUNK);
      k += knuth(random, m);
      left -= m;
    }
    return (int) Math.min(k, Integer.MAX_VALUE);
  }

  private static int knuth(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      k++;
      p *= random.nextDouble();
    }
    return k;
  }
}
