package org.jiceng.governance.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
  @Test
  void poisson_zeroMeanIsZero() {
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      assertThat(Draws.poisson(r, 0.0)).isZero();
    }
  }

  @Test
  void poisson_refusesMeansThatAreNotCounts() {
    SplittableRandom r = new SplittableRandom(1);
    for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Draws.poisson(r, bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(bad));
    }
  }

  /** Mean and variance of a Poisson draw both equal its mean; 20,000 seeded draws pin them within 3%. */
  @Test
  void poisson_smallMeanHasPoissonMoments() {
    moments(3.0, 20_000);
  }

  /**
   * Above about 745 {@code exp(-mean)} underflows to 0 and Knuth's loop alone would count until
   * the product itself underflows; large means are drawn as sums of small ones.
   */
  @Test
  void poisson_largeMeanHasPoissonMoments() {
    moments(2_000.0, 2_000);
  }

  @Test
  void poisson_sameSeedSameDraws() {
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    for (int i = 0; i < 1_000; i++) {
      assertThat(Draws.poisson(a, 0.7 + i % 50)).isEqualTo(Draws.poisson(b, 0.7 + i % 50));
    }
  }

  private static void moments(double mean, int n) {
    SplittableRandom r = new SplittableRandom(7);
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      int k = Draws.poisson(r, mean);
      assertThat(k).isNotNegative();
      sum += k;
      squares += (double) k * k;
    }
    double m = sum / n;
    double variance = squares / n - m * m;
    assertThat(m).isCloseTo(mean, within(mean * 0.03));
    assertThat(variance).isCloseTo(mean, within(mean * 0.1));
  }
}
