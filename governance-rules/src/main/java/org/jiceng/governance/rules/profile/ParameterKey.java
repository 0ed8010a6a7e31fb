package org.jiceng.governance.rules.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.rules.internal.EngineArgumentException;
import org.jiceng.governance.rules.internal.EngineText;

/**
 * A typed profile parameter. Values cross into and out of profile files as plain values
 * ({@link Number}, {@link String}, {@link Boolean}, a {@link List} of strings), so the rules module
 * stays free of any JSON library.
 *
 * @param <T> the value type
 */
public final class ParameterKey<T> {
  private final String id;
  private final Class<?> type;
  /** The key of the kind in the engines' bundle ({@code kind.range}). */
  private final String kind;
  /** The constants a choice or set takes, as the file writes them; empty for the other kinds. */
  private final String names;
  private final Function<Object, T> fromPlain;
  private final Function<T, Object> toPlain;

  private ParameterKey(String id, Class<?> type, String kind, String names, Function<Object, T> fromPlain, Function<T, Object> toPlain) {
    this.id = id;
    this.type = type;
    this.kind = kind;
    this.names = names;
    this.fromPlain = fromPlain;
    this.toPlain = toPlain;
  }

  static ParameterKey<Integer> count(String id) {
    return new ParameterKey<>(id, Integer.class, "kind.count", "", v -> {
      if (v instanceof Number && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue()) && ((Number) v).intValue() >= 0) {
        return ((Number) v).intValue();
      }
      throw expected("kind.count", "", v);
    }, v -> v);
  }

  static ParameterKey<Double> decimal(String id) {
    return new ParameterKey<>(id, Double.class, "kind.decimal", "", v -> {
      if (v instanceof Number && ((Number) v).doubleValue() >= 0) {
        return ((Number) v).doubleValue();
      }
      throw expected("kind.decimal", "", v);
    }, v -> v);
  }

  static ParameterKey<IntRange> range(String id) {
    return new ParameterKey<>(id, IntRange.class, "kind.range", "", v -> {
      if (v instanceof String) {
        return IntRange.parse((String) v);
      }
      throw expected("kind.range", "", v);
    }, IntRange::toString);
  }

  static ParameterKey<java.time.LocalDate> date(String id) {
    return new ParameterKey<>(id, java.time.LocalDate.class, "kind.date", "", v -> {
      if (v instanceof String) {
        try {
          return java.time.LocalDate.parse((String) v);
        } catch (java.time.format.DateTimeParseException e) {
          throw expected("kind.date", "", v);
        }
      }
      throw expected("kind.date", "", v);
    }, java.time.LocalDate::toString);
  }

  static ParameterKey<Boolean> flag(String id) {
    return new ParameterKey<>(id, Boolean.class, "kind.flag", "", v -> {
      if (v instanceof Boolean) {
        return (Boolean) v;
      }
      throw expected("kind.flag", "", v);
    }, v -> v);
  }

  static <E extends Enum<E>> ParameterKey<E> choice(String id, Class<E> type) {
    return new ParameterKey<>(id, type, "kind.one-of", names(type), v -> enumOf(type, v), Enum::name);
  }

  static <E extends Enum<E>> ParameterKey<ImmutableSet<E>> set(String id, Class<E> type) {
    return new ParameterKey<>(id, ImmutableSet.class, "kind.list-of", names(type), v -> {
      if (!(v instanceof Collection)) {
        throw expected("kind.list-of", names(type), v);
      }
      ImmutableSet.Builder<E> out = ImmutableSet.builder();
      for (Object o : (Collection<?>) v) {
        out.add(enumOf(type, o));
      }
      return out.build();
    }, v -> {
      List<String> out = new ArrayList<>();
      v.forEach(e -> out.add(e.name()));
      return out;
    });
  }

  static ParameterKey<ImmutableSet<String>> texts(String id) {
    return new ParameterKey<>(id, ImmutableSet.class, "kind.texts", "", v -> {
      if (!(v instanceof Collection) || ((Collection<?>) v).stream().anyMatch(o -> !(o instanceof String) || ((String) o).isBlank())) {
        throw expected("kind.texts", "", v);
      }
      return ImmutableSet.copyOf(((Collection<?>) v).stream().map(String.class::cast).iterator());
    }, v -> List.copyOf(v));
  }

  static ParameterKey<ImmutableSet<AreaLevel>> levels(String id) {
    return set(id, AreaLevel.class);
  }

  static ParameterKey<ImmutableSet<FacilityKind>> facilityKinds(String id) {
    return set(id, FacilityKind.class);
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", ImmutableList.copyOf(type.getEnumConstants()).stream().map(Enum::name).toArray(String[]::new));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, Object v) {
    if (v instanceof String) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(((String) v).toUpperCase(Locale.ROOT))) {
          return e;
        }
      }
    }
    throw expected("kind.one-of", names(type), v);
  }

  /** A plain value that is not of the kind, refused in the reader's language. */
  private static IllegalArgumentException expected(String kind, String names, Object found) {
    Localizable what = locale -> EngineText.render(locale, kind, names);
    return new EngineArgumentException("kind.expected", what, String.valueOf(found));
  }

  /**
   * Returns the stable id, e.g. {@code grid.households}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Describes the accepted values for messages in English, e.g. {@code a range "min..max"}.
   *
   * @return the description
   */
  public String getKind() {
    return getKind(Locale.ENGLISH);
  }

  /**
   * Describes the accepted values in a language, e.g. {@code “min..max”形式的范围}.
   *
   * @param locale the language, not null
   * @return the description
   * @since 0.2
   */
  public String getKind(Locale locale) {
    return EngineText.render(java.util.Objects.requireNonNull(locale, "locale"), kind, names);
  }

  /**
   * Converts a plain value (from a profile file) to the typed value.
   *
   * @param plain a {@link Number}, {@link String}, {@link Boolean} or {@link List}, not null
   * @return the value
   * @throws IllegalArgumentException naming what was expected
   */
  public T fromPlain(Object plain) {
    return fromPlain.apply(requireNonNull(plain, "plain"));
  }

  /**
   * Converts a typed value to its plain form, for writing profile files.
   *
   * @param value the value, not null
   * @return the plain value
   */
  public Object toPlain(Object value) {
    @SuppressWarnings("unchecked") // Values are stored only through this key's typed methods.
    T typed = (T) value;
    return toPlain.apply(typed);
  }

  /**
   * Casts a stored value to this key's type.
   *
   * @param value the stored value
   * @return the typed value
   */
  @SuppressWarnings("unchecked") // Profiles store a key's value only after converting it with the key.
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Parameter " + id + " holds a " + value.getClass().getSimpleName());
    }
    return (T) value;
  }

  @Override
  public String toString() {
    return id;
  }
}
