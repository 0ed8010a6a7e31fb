package org.jiceng.governance.core.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.internal.Texts;

/**
 * Statistical division code (统计用区划代码): 12 digits, province 2 + city 2 + county 2 +
 * township 3 + village 3. The level is read from the trailing zero segments; a set segment below
 * an unset one (such as {@code 110100000001}) names no level and fails to parse.
 *
 * <p>The conventional ranges of the township digits (001–099 street, 100–199 town, …) and of the
 * village digits (001–199 residents' committee, …) are exposed as {@link #getTownshipKind()},
 * {@link #getVillageKind()} and {@link #getRangeWarnings()}: real data breaks them, so they are
 * warnings, never parse failures.
 *
 * <p>{@code toString()} is the 12-digit text and {@code parse(code.toString())} equals {@code
 * code}. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class DivisionCode implements Comparable<DivisionCode> {
  private static final int LENGTH = 12;
  private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};
  private static final String[] SEGMENT_NAMES = {"province", "city", "county", "township", "village"};

  DivisionCode() {}

  /**
   * Parses a 12-digit statistical division code.
   *
   * @param text the code, not null; surrounding whitespace is not accepted
   * @return the code
   * @throws CodeFormatException if the text is not 12 digits, the province segment is 00, or a
   *     segment is set below an unset one
   */
  public static DivisionCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != LENGTH) {
      throw new CodeFormatException(
          CodeKind.DIVISION, s, -1, CodeFormatException.Problem.DIGITS_LENGTH, LENGTH, s.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new CodeFormatException(
            CodeKind.DIVISION, s, i, CodeFormatException.Problem.NOT_DIGIT, c);
      }
    }
    if (s.startsWith("00")) {
      throw new CodeFormatException(
          CodeKind.DIVISION, s, 0, CodeFormatException.Problem.PROVINCE_ZERO);
    }
    boolean unsetSeen = false;
    int start = 0;
    for (int seg = 0; seg < SEGMENT_ENDS.length; seg++) {
      int end = SEGMENT_ENDS[seg];
      boolean zero = isZero(s, start, end);
      if (!zero && unsetSeen) {
        throw new CodeFormatException(
            CodeKind.DIVISION,
            s,
            start,
            CodeFormatException.Problem.SEGMENT_ORDER,
            SEGMENT_NAMES[seg]);
      }
      unsetSeen |= zero;
      start = end;
    }
    return ImmutableDivisionCode.of(s);
  }

  private static boolean isZero(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the 12-digit text.
   *
   * @return the digits, not null
   */
  @Value.Parameter
  public abstract String getValue();

  /**
   * Returns the level named by the trailing zeros.
   *
   * @return the level, not null
   */
  public DivisionLevel getLevel() {
    String s = getValue();
    DivisionLevel level = DivisionLevel.PROVINCE;
    int start = 0;
    for (DivisionLevel candidate : DivisionLevel.values()) {
      int end = candidate.getSignificantDigits();
      if (!isZero(s, start, end)) {
        level = candidate;
      }
      start = end;
    }
    return level;
  }

  /**
   * Returns the code of the enclosing division: the next higher set level with the lower
   * segments zeroed.
   *
   * @return the parent, or empty for a province
   */
  public Optional<DivisionCode> getParent() {
    DivisionLevel level = getLevel();
    if (level == DivisionLevel.PROVINCE) {
      return Optional.empty();
    }
    DivisionLevel parentLevel = DivisionLevel.values()[level.ordinal() - 1];
    return Optional.of(truncate(parentLevel));
  }

  /**
   * Returns this code cut to a higher (or the same) level, e.g. the county of a community.
   *
   * @param level the level to cut to, not null
   * @return the code at that level
   * @throws IllegalArgumentException if {@code level} is below this code's level
   */
  public DivisionCode truncate(DivisionLevel level) {
    requireNonNull(level, "level");
    if (level.compareTo(getLevel()) > 0) {
      throw new IllegalArgumentException(
          "Cannot cut " + getValue() + " (" + getLevel() + ") to the lower level " + level);
    }
    int keep = level.getSignificantDigits();
    return ImmutableDivisionCode.of(getValue().substring(0, keep) + "0".repeat(LENGTH - keep));
  }

  /**
   * Returns the 6-digit county code (GB/T 2260) this code lies in.
   *
   * @return the first 6 digits, or empty when the code is a province or city
   */
  public Optional<String> getCountyPrefix() {
    return getLevel().compareTo(DivisionLevel.COUNTY) >= 0
        ? Optional.of(getValue().substring(0, 6))
        : Optional.empty();
  }

  /**
   * Tells whether this code is {@code other} or lies under it.
   *
   * @param other the possible ancestor, not null
   * @return true if every set segment of {@code other} equals this code's segment
   */
  public boolean isWithin(DivisionCode other) {
    requireNonNull(other, "other");
    int keep = other.getLevel().getSignificantDigits();
    return getLevel().compareTo(other.getLevel()) >= 0
        && getValue().regionMatches(0, other.getValue(), 0, keep);
  }

  /**
   * Returns the conventional meaning of the township digits.
   *
   * @return the kind, or empty above township level
   */
  public Optional<TownshipKind> getTownshipKind() {
    return getLevel().compareTo(DivisionLevel.TOWNSHIP) >= 0
        ? Optional.of(TownshipKind.of(Integer.parseInt(getValue().substring(6, 9))))
        : Optional.empty();
  }

  /**
   * Returns the conventional meaning of the village digits.
   *
   * @return the kind, or empty above village level
   */
  public Optional<VillageKind> getVillageKind() {
    return getLevel() == DivisionLevel.VILLAGE
        ? Optional.of(VillageKind.of(Integer.parseInt(getValue().substring(9, 12))))
        : Optional.empty();
  }

  /**
   * Returns the conventional ranges this code breaks, one English sentence each. Empty when the
   * code follows the conventions; never a reason to reject the code.
   *
   * @return the warnings, not null
   */
  public ImmutableList<String> getRangeWarnings() {
    return getRangeWarnings(Locale.ENGLISH);
  }

  /**
   * Returns the conventional ranges this code breaks, one sentence each in a language, e.g.
   * {@code 乡级代码 700 超出 001-599 的范围}. Empty when the code follows the conventions.
   *
   * @param locale the language, not null
   * @return the warnings, not null
   * @since 0.2
   */
  public ImmutableList<String> getRangeWarnings(Locale locale) {
    requireNonNull(locale, "locale");
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    if (getTownshipKind().orElse(null) == TownshipKind.OUT_OF_RANGE) {
      warnings.add(Texts.render(locale, "code.township-range", List.of(getValue().substring(6, 9))));
    }
    if (getVillageKind().orElse(null) == VillageKind.OUT_OF_RANGE) {
      warnings.add(Texts.render(locale, "code.village-range", List.of(getValue().substring(9, 12))));
    }
    return warnings.build();
  }

  @Override
  public int compareTo(DivisionCode other) {
    return getValue().compareTo(other.getValue());
  }

  /**
   * Returns the 12-digit text, which {@link #parse} reads back.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return getValue();
  }
}
