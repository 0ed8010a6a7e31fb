package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The fields of one kind of part, as one table: a row per field, in the order fields are written,
 * with the field's JSON name, whether a reader requires it, how its value is read into the part's
 * builder and how it is written from the part. Reading, writing, the required and allowed checks
 * and the schema test all go by the table, so a field is named in one place.
 *
 * <p>A part nested under an area takes that area from its place; read on its own (through the
 * Jackson module) it carries a context field instead ({@code area}, or {@code compound} for an
 * owners' committee), which the table knows apart from the rows. Not API.
 *
 * @param <B> the part's builder
 * @param <V> the part
 */
public final class PartTable<B, V> {
  /** Reads a field's value into a builder; the cursor is on the value's first token. */
  @FunctionalInterface
  interface Read<B> {
    void into(Cursor c, B builder);
  }

  /** Writes a field from a part, or nothing when the part has no value for it. */
  @FunctionalInterface
  interface Write<V> {
    void from(JsonGenerator g, V part, boolean fullPersonalData) throws IOException;
  }

  /** One row: a field. */
  private record Row<B, V>(String name, boolean required, Read<B> read, Write<V> write) {}

  /** The field that names the part's area when the part stands alone. */
  private record Context<B, V>(String name, int at, boolean required, BiConsumer<B, String> set,
      Function<V, Optional<String>> get) {}

  private final Msg what;
  private final String schemaName;
  private final Supplier<B> builder;
  private final Function<B, V> build;
  private final List<Row<B, V>> rows;
  private final Map<String, Row<B, V>> byName = new HashMap<>();
  private final Context<B, V> context;
  private final List<String> knownNested;
  private final List<String> knownAlone;
  private final String[] requiredNested;
  private final String[] requiredAlone;

  private PartTable(Rows<B, V> d) {
    this.what = d.what;
    this.schemaName = d.schemaName;
    this.builder = d.builder;
    this.build = d.build;
    this.rows = List.copyOf(d.rows);
    this.context = d.context;
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (Row<B, V> r : rows) {
      if (byName.put(r.name(), r) != null) {
        throw new IllegalStateException("field '" + r.name() + "' twice in the table of " + what);
      }
      names.add(r.name());
      if (r.required()) {
        required.add(r.name());
      }
    }
    this.knownNested = List.copyOf(names);
    this.requiredNested = required.toArray(String[]::new);
    if (context != null) {
      names.add(context.at(), context.name());
      if (context.required()) {
        required.add(context.name());
      }
    }
    this.knownAlone = List.copyOf(names);
    this.requiredAlone = required.toArray(String[]::new);
  }

  /**
   * Starts a table.
   *
   * @param what the part in messages ({@code Msg.of("what.grid-worker")})
   * @param schemaName the part's name among the dataset schema's {@code $defs}, or null
   * @param builder makes an empty builder
   * @param build builds the part, validating it
   * @param <B> the builder
   * @param <V> the part
   * @return the rows to fill
   */
  static <B, V> Rows<B, V> of(Msg what, String schemaName, Supplier<B> builder, Function<B, V> build) {
    return new Rows<>(what, schemaName, builder, build);
  }

  /**
   * Returns the part's name among the dataset schema's {@code $defs}.
   *
   * @return the name, empty for a part the dataset schema does not define on its own
   */
  public Optional<String> getSchemaName() {
    return Optional.ofNullable(schemaName);
  }

  /**
   * Returns the fields in the order they are written, without the context field.
   *
   * @return the field names
   */
  public List<String> getFieldNames() {
    return knownNested;
  }

  /**
   * Returns the fields a reader requires, without the context field.
   *
   * @return the required field names
   */
  public List<String> getRequiredNames() {
    return List.of(requiredNested);
  }

  /**
   * Returns the name of the field that names the part's area when it stands alone.
   *
   * @return the context field, empty for a part that never has one
   */
  public Optional<String> getContextName() {
    return context == null ? Optional.empty() : Optional.of(context.name());
  }

  /**
   * Reads one part.
   *
   * @param c the cursor on its START_OBJECT
   * @param implied the area (or compound) given by the part's place, or null when the part stands
   *     alone and carries a context field
   * @return the part
   */
  public V read(Cursor c, String implied) {
    B b = builder.get();
    Mark m = c.mark();
    Set<String> seen = new HashSet<>();
    boolean alone = implied == null;
    c.object(what, () -> alone ? knownAlone : knownNested, f -> {
      Row<B, V> row = byName.get(f);
      if (row != null) {
        row.read().into(c, b);
      } else if (alone && context != null && context.name().equals(f)) {
        context.set().accept(b, c.text());
      } else {
        return false;
      }
      seen.add(f);
      return true;
    });
    c.require(m, what, seen, alone ? requiredAlone : requiredNested);
    if (!alone && context != null) {
      context.set().accept(b, implied);
    }
    return c.build(m, () -> build.apply(b));
  }

  /**
   * Writes one part.
   *
   * @param g the generator
   * @param part the part
   * @param writeContext whether to write the context field
   * @param fullPersonalData write identity and phone numbers in full instead of masked
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, V part, boolean writeContext, boolean fullPersonalData) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < rows.size(); i++) {
      if (writeContext && context != null && i == context.at()) {
        FormatIo.optional(g, context.name(), context.get().apply(part));
      }
      rows.get(i).write().from(g, part, fullPersonalData);
    }
    g.writeEndObject();
  }

  /**
   * The rows of a table being made, in write order; {@link #done()} gives the table.
   *
   * @param <B> the part's builder
   * @param <V> the part
   */
  static final class Rows<B, V> {
    private final Msg what;
    private final String schemaName;
    private final Supplier<B> builder;
    private final Function<B, V> build;
    private final List<Row<B, V>> rows = new ArrayList<>();
    private Context<B, V> context;

    private Rows(Msg what, String schemaName, Supplier<B> builder, Function<B, V> build) {
      this.what = what;
      this.schemaName = schemaName;
      this.builder = builder;
      this.build = build;
    }

    /** Any field. */
    Rows<B, V> field(String name, boolean required, Read<B> read, Write<V> write) {
      rows.add(new Row<>(name, required, read, write));
      return this;
    }

    /** The context field, written after the rows added so far; required alone or not. */
    Rows<B, V> context(String name, boolean required, BiConsumer<B, String> set, Function<V, Optional<String>> get) {
      context = new Context<>(name, rows.size(), required, set, get);
      return this;
    }

    /** A text field, always written. */
    Rows<B, V> text(String name, boolean required, BiConsumer<B, String> set, Function<V, String> get) {
      return field(name, required, (c, b) -> set.accept(b, c.text()), (g, v, full) -> g.writeStringField(name, get.apply(v)));
    }

    /** An optional text field. */
    Rows<B, V> optText(String name, BiConsumer<B, String> set, Function<V, Optional<String>> get) {
      return field(name, false, (c, b) -> set.accept(b, c.text()), (g, v, full) -> FormatIo.optional(g, name, get.apply(v)));
    }

    /** An enum field, always written, by constant name. */
    <E extends Enum<E>> Rows<B, V> constant(String name, boolean required, Class<E> type, BiConsumer<B, E> set,
        Function<V, E> get) {
      return field(name, required, (c, b) -> set.accept(b, c.enumValue(type)),
          (g, v, full) -> g.writeStringField(name, get.apply(v).name()));
    }

    /** An optional enum field. */
    <E extends Enum<E>> Rows<B, V> optConstant(String name, Class<E> type, BiConsumer<B, E> set, Function<V, Optional<E>> get) {
      return field(name, false, (c, b) -> set.accept(b, c.enumValue(type)),
          (g, v, full) -> FormatIo.optional(g, name, get.apply(v).map(Enum::name)));
    }

    /** A whole number of at least {@code min}, always written. */
    Rows<B, V> count(String name, int min, ObjIntConsumer<B> set, ToIntFunction<V> get) {
      return field(name, false, (c, b) -> set.accept(b, c.wholeNumber(min)), (g, v, full) -> g.writeNumberField(name, get.applyAsInt(v)));
    }

    /** An optional whole number of at least {@code min}. */
    Rows<B, V> optCount(String name, int min, ObjIntConsumer<B> set, Function<V, OptionalInt> get) {
      return field(name, false, (c, b) -> set.accept(b, c.wholeNumber(min)), (g, v, full) -> {
        OptionalInt n = get.apply(v);
        if (n.isPresent()) {
          g.writeNumberField(name, n.getAsInt());
        }
      });
    }

    /** A true/false field, always written. */
    Rows<B, V> flag(String name, BiConsumer<B, Boolean> set, Predicate<V> get) {
      return field(name, false, (c, b) -> set.accept(b, c.bool()), (g, v, full) -> g.writeBooleanField(name, get.test(v)));
    }

    /** An optional ISO date. */
    Rows<B, V> date(String name, BiConsumer<B, LocalDate> set, Function<V, Optional<LocalDate>> get) {
      return field(name, false, (c, b) -> set.accept(b, c.date()),
          (g, v, full) -> FormatIo.optional(g, name, get.apply(v).map(LocalDate::toString)));
    }

    /** A list of ids, written when not empty. */
    Rows<B, V> ids(String name, BiConsumer<B, List<String>> add, Function<V, ? extends Iterable<String>> get) {
      return field(name, false, (c, b) -> add.accept(b, c.ids()), (g, v, full) -> PartCodec.ids(g, name, get.apply(v)));
    }

    /** The table. */
    PartTable<B, V> done() {
      return new PartTable<>(this);
    }
  }
}
