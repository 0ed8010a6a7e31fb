package org.jiceng.governance.rules.profile;

import org.immutables.value.Value;

/** A closed range of whole numbers, {@code min..max}. */
@Value.Immutable(builder = false, copy = false)
public abstract class IntRange {
  IntRange() {}

  /**
   * Creates a range.
   *
   * @param min the smallest value inside
   * @param max the largest value inside, at least {@code min}
   * @return the range
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static IntRange of(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("Range max " + max + " is below min " + min);
    }
    return ImmutableIntRange.of(min, max);
  }

  /**
   * Parses {@code "300..500"}.
   *
   * @param text the text
   * @return the range
   * @throws IllegalArgumentException if the text is not {@code min..max}
   */
  public static IntRange parse(String text) {
    String[] parts = text.split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Expected a range min..max, found '" + text + "'");
    }
    try {
      return of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected a range min..max of whole numbers, found '" + text + "'", e);
    }
  }

  /**
   * Returns the smallest value inside.
   *
   * @return the minimum
   */
  @Value.Parameter
  public abstract int getMin();

  /**
   * Returns the largest value inside.
   *
   * @return the maximum
   */
  @Value.Parameter
  public abstract int getMax();

  /**
   * Tells whether a value lies inside.
   *
   * @param value the value
   * @return true when {@code min <= value <= max}
   */
  public boolean contains(long value) {
    return value >= getMin() && value <= getMax();
  }

  @Override
  public String toString() {
    return getMin() + ".." + getMax();
  }
}
