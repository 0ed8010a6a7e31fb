package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.FormatException;
import org.jiceng.governance.json.FormatProblem;

/**
 * A strict reading position in a JSON stream: every read names what it expected, and every
 * failure becomes the format's {@link FormatException} (a {@link DatasetFormatException} unless
 * the cursor was made for another format) with the source, line, column and JSON Pointer
 * of the token at fault. Not API.
 */
public final class Cursor implements java.io.Closeable {
  private static final Msg IDS = Msg.of("what.ids");
  private final JsonParser parser;
  private final String source;
  private final Utf8Input utf8;
  private final FormatFailure failure;
  private final Locale locale;
  private boolean fatal;
  /** Tokens read so far, and the mark taken at the last of them: a part is often marked twice. */
  private long tokens;
  private long markedAt = -1;
  private Mark lastMark;

  /**
   * Wraps a parser.
   *
   * @param parser the parser, positioned before or on the first token
   * @param source the label of the input, usually a file name
   * @param locale the language of messages, not null
   */
  public Cursor(JsonParser parser, String source, Locale locale) {
    this(parser, source, null, DatasetFormatException::new, locale);
  }

  Cursor(JsonParser parser, String source, Utf8Input utf8, FormatFailure failure, Locale locale) {
    this.parser = parser;
    this.source = source;
    this.utf8 = utf8;
    this.failure = failure;
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
  }

  /**
   * Opens a cursor over bytes: see {@link Encodings#open}, which says what is refused and how.
   *
   * @param failure makes the format's exception ({@code DatasetFormatException::new} for a dataset)
   * @param locale the language of messages, not null
   * @return the cursor, before the first token
   */
  public static Cursor open(JsonFactory factory, InputStream in, String source, Charset charset, FormatFailure failure,
      Locale locale) {
    return Encodings.open(factory, in, source, charset, failure, locale);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * Returns the source label.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the language of messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells whether an error left the stream unreadable (a syntax error, a size limit), so that
   * a lenient reader cannot skip to the next community.
   *
   * @return true after an unrecoverable error
   */
  public boolean isFatal() {
    return fatal;
  }

  /**
   * Advances to the next token.
   *
   * @return the token, null at the end of input
   */
  public JsonToken next() {
    try {
      tokens++;
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      fatal |= !JacksonText.isDuplicate(e);
      JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      if (e.getCause() instanceof IOException && !(e.getCause() instanceof JsonProcessingException)) {
        throw io((IOException) e.getCause());
      }
      throw failure.create(List.of(FormatProblem.of(source, loc.getLineNr(), column(loc), pointer(),
          JacksonText.describe(e).render(locale))), e);
    } catch (IOException e) {
      throw io(e);
    }
  }

  private RuntimeException io(IOException e) {
    if (e instanceof Utf8Input.MalformedUtf8Exception) {
      fatal = true;
      throw Encodings.malformed(source, (Utf8Input.MalformedUtf8Exception) e, failure, locale);
    }
    if (e instanceof java.nio.charset.CharacterCodingException || e instanceof java.io.CharConversionException) {
      fatal = true;
      JsonLocation loc = parser.currentLocation();
      throw failure.create(List.of(FormatProblem.of(source, loc.getLineNr(), Math.max(1, loc.getColumnNr()), "",
          Msg.of("input.encoding", String.valueOf(e.getMessage())).render(locale))), e);
    }
    if (e instanceof JsonProcessingException) {
      fatal = true;
      throw failure.create(List.of(problem(JacksonText.describe((JsonProcessingException) e))), e);
    }
    fatal = true;
    return new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
  }

  /**
   * Returns the current token.
   *
   * @return the token, may be null
   */
  public JsonToken token() {
    return parser.currentToken();
  }

  /**
   * Returns the JSON Pointer of the current token.
   *
   * @return the pointer
   */
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /**
   * Makes a problem at the current token.
   *
   * @param message what was expected and found
   * @return the problem, its message in the cursor's language
   */
  public FormatProblem problem(Msg message) {
    JsonLocation loc = parser.currentTokenLocation();
    return FormatProblem.of(source, loc.getLineNr(), column(loc), pointer(), message.render(locale));
  }

  /**
   * Fails at the current token.
   *
   * @param message what was expected and found
   * @return never returns; declared so callers can write {@code throw cursor.fail(..)}
   */
  public FormatException fail(Msg message) {
    throw failure.create(List.of(problem(message)), null);
  }

  /**
   * Fails at the current token with a message of the formats' bundle.
   *
   * @param key the message's key
   * @param args its arguments
   * @return never returns
   */
  public FormatException fail(String key, Object... args) {
    throw fail(Msg.of(key, args));
  }

  /**
   * Fails with "expected X, found Y" at the current token.
   *
   * @param expected what was expected
   * @return never returns
   */
  public FormatException expected(Msg expected) {
    throw fail(Msg.of("expected", expected, found()));
  }

  /**
   * Fails with "expected X, found Y" at the current token, X a message of the formats' bundle.
   *
   * @param key the key of what was expected
   * @param args its arguments
   * @return never returns
   */
  public FormatException expected(String key, Object... args) {
    throw expected(Msg.of(key, args));
  }

  /**
   * Describes the current token for a message: a quoted string, a number, {@code null}, {@code
   * an object}.
   *
   * @return the description
   */
  public Msg found() {
    try {
      return TokenText.describe(parser);
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Iterates the fields of the object whose START_OBJECT is the current token, rejecting
   * unknown fields.
   *
   * @param what what the object is, for messages ("a grid")
   * @param known the field names the object may have, for the message on an unknown one
   * @param handler reads each value
   */
  public void object(Msg what, List<String> known, FieldHandler handler) {
    object(what, () -> known, handler);
  }

  /**
   * Iterates the fields of an object, as {@link #object(Msg, List, FieldHandler)}, with the
   * list of known fields made only when a message needs it.
   *
   * @param what what the object is, for messages
   * @param known makes the field names the object may have
   * @param handler reads each value
   */
  public void object(Msg what, java.util.function.Supplier<List<String>> known, FieldHandler handler) {
    if (token() != JsonToken.START_OBJECT) {
      throw expected("what.object", what);
    }
    while (next() == JsonToken.FIELD_NAME) {
      String name = currentName();
      next();
      if (!handler.field(name)) {
        unknown(name, known.get());
      }
    }
  }

  /**
   * Fails on an unknown field, listing the known ones.
   *
   * @param name the unknown field
   * @param known the known fields
   */
  public void unknown(String name, List<String> known) {
    throw fail("unknown-field", name, String.join(", ", known));
  }

  /**
   * Iterates the elements of the array at the current token, calling {@code element} with the
   * cursor on each element's first token.
   *
   * @param what what the elements are, for messages
   * @param element reads one element
   */
  public void array(Msg what, Runnable element) {
    if (token() != JsonToken.START_ARRAY) {
      throw expected("what.array-of", what);
    }
    while (next() != JsonToken.END_ARRAY) {
      if (token() == null) {
        throw expected(Msg.literal("']'"));
      }
      element.run();
    }
  }

  /**
   * Returns the current field name.
   *
   * @return the name
   */
  public String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads a non-blank string.
   *
   * @return the string
   */
  public String text() {
    if (token() != JsonToken.VALUE_STRING) {
      throw expected("what.string");
    }
    String s = rawText();
    if (s.isBlank()) {
      throw expected("what.non-blank-string");
    }
    return s;
  }

  /**
   * Reads a string, which may be empty.
   *
   * @return the string
   */
  public String string() {
    if (token() != JsonToken.VALUE_STRING) {
      throw expected("what.string");
    }
    return rawText();
  }

  private String rawText() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads a whole number at least {@code min}.
   *
   * @param min the smallest value accepted
   * @return the number
   */
  public int wholeNumber(int min) {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw expected("what.whole-number", min);
    }
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw expected("what.whole-number-32", min);
      }
      int v = parser.getIntValue();
      if (v < min) {
        throw expected("what.whole-number", min);
      }
      return v;
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads a number as the parser gives it (an integer type or a double).
   *
   * @return the number
   */
  public Number number() {
    if (token() != JsonToken.VALUE_NUMBER_INT && token() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected("what.number");
    }
    try {
      return parser.getNumberValue();
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads a finite number at least 0.
   *
   * @return the number
   */
  public double nonNegativeNumber() {
    if (token() != JsonToken.VALUE_NUMBER_INT && token() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected("what.non-negative-number");
    }
    try {
      double v = parser.getDoubleValue();
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw expected("what.finite-number");
      }
      return v;
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value
   */
  public boolean bool() {
    if (token() == JsonToken.VALUE_TRUE) {
      return true;
    } else if (token() == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected("what.boolean");
  }

  /**
   * Reads an ISO date {@code yyyy-MM-dd}.
   *
   * @return the date
   */
  public LocalDate date() {
    if (token() != JsonToken.VALUE_STRING) {
      throw expected("what.date");
    }
    try {
      return LocalDate.parse(rawText());
    } catch (DateTimeParseException e) {
      throw expected("what.date");
    }
  }

  /**
   * Reads an enum constant by its exact name.
   *
   * @param type the enum type
   * @param <E> the enum
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    if (token() == JsonToken.VALUE_STRING) {
      try {
        return Enum.valueOf(type, rawText());
      } catch (IllegalArgumentException e) {
        // not a constant's exact name: reported below
      }
    }
    throw expected("what.one-of", String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
  }

  /**
   * Reads an array of non-blank strings (ids).
   *
   * @return the strings
   */
  public List<String> ids() {
    List<String> out = new ArrayList<>();
    array(IDS, () -> out.add(text()));
    return out;
  }

  /**
   * Advances past the end of the object or array that was open at {@code depth} (as returned by
   * {@link #depth()} on its start token), after an error left the cursor inside it.
   *
   * @param depth the depth of the container's context
   */
  public void skipOut(int depth) {
    while (depth() >= depth) {
      if (next() == null) {
        return;
      }
    }
  }

  /**
   * Returns the nesting depth of the current context.
   *
   * @return the depth, 0 at the root
   */
  public int depth() {
    int d = 0;
    for (var c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      d++;
    }
    return d;
  }

  /** The column of a parser location, in characters from 1. */
  private int column(JsonLocation loc) {
    int column = Math.max(1, loc.getColumnNr());
    return utf8 == null || loc.getByteOffset() < 0 ? column : Math.max(1, utf8.charColumn(loc.getByteOffset(), column));
  }

  /**
   * Remembers the current token's position.
   *
   * @return the mark
   */
  public Mark mark() {
    if (markedAt == tokens) {
      return lastMark;
    }
    JsonLocation loc = parser.currentTokenLocation();
    lastMark = new Mark(loc.getLineNr(), column(loc), Mark.steps(parser));
    markedAt = tokens;
    return lastMark;
  }

  /**
   * Makes a problem at a remembered position.
   *
   * @param mark the position
   * @param message the message
   * @return the problem
   */
  public FormatProblem problemAt(Mark mark, Msg message) {
    return FormatProblem.of(source, mark.line, mark.column, mark.pointer(), message.render(locale));
  }

  /**
   * Fails at a remembered position.
   *
   * @param mark the position
   * @param message the message
   * @return never returns
   */
  public FormatException failAt(Mark mark, Msg message) {
    throw failure.create(List.of(problemAt(mark, message)), null);
  }

  /**
   * Runs a builder's {@code build()}, turning a structural check's failure into a problem at the
   * object's start.
   *
   * @param mark the object's start
   * @param build the build call
   * @param <T> the built type
   * @return the built value
   */
  public <T> T build(Mark mark, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failAt(mark, Msg.of("invalid", Msg.of(e)));
    }
  }

  /**
   * Fails at a remembered position when required fields were not all seen.
   *
   * @param mark the object's start
   * @param what what the object is
   * @param seen the fields seen
   * @param required the required fields
   */
  public void require(Mark mark, Msg what, java.util.Set<String> seen, String... required) {
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!seen.contains(r)) {
        missing.add("'" + r + "'");
      }
    }
    if (!missing.isEmpty()) {
      throw failAt(mark, Msg.of(missing.size() > 1 ? "required.many" : "required.one", String.join(", ", missing), what));
    }
  }
}
