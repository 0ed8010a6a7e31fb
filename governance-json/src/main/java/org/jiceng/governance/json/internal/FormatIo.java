package org.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jiceng.governance.json.DatasetReader;

/**
 * What every {@code jiceng.*} format class shares: strict reading of one document (UTF-8 checked
 * byte by byte, duplicate keys refused, the dataset reader's size limits, nothing after the
 * document) that fails with the format's own exception, and pretty-printed UTF-8 writing that
 * leaves the caller's stream open. Not API.
 */
public final class FormatIo {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(DatasetReader.DEFAULT_CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private static final Msg EVENTS = Msg.of("what.events");

  private FormatIo() {}

  /** Reads one document from a positioned cursor. */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Reads the document.
     *
     * @param c the cursor, on the document's first token
     * @return the value
     */
    T read(Cursor c);
  }

  /** Writes one document. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document.
     *
     * @param g the generator
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Reads one document.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param failure makes the format's exception
   * @param locale the language of problems, not null
   * @param reading reads the document
   * @return the value read
   */
  public static <T> T read(InputStream in, String source, FormatFailure failure, java.util.Locale locale, Reading<T> reading) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(locale, "locale");
    try (Cursor c = Cursor.open(FACTORY, in, source, null, failure, locale)) {
      c.next();
      T value = reading.read(c);
      if (c.next() != null) {
        throw c.fail("trailing");
      }
      return value;
    }
  }

  /**
   * Reads one document from a file; problems name the file by its name.
   *
   * @param file the file, not null
   * @param failure makes the format's exception
   * @param locale the language of problems, not null
   * @param reading reads the document
   * @return the value read
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public static <T> T read(Path file, FormatFailure failure, java.util.Locale locale, Reading<T> reading) {
    requireNonNull(locale, "locale");
    return readFile(file, (in, source) -> read(in, source, failure, locale, reading));
  }

  /**
   * Opens a file and reads it with a format's stream reader, naming the file by its name.
   *
   * @param file the file, not null
   * @param read the format's {@code read(InputStream, String source)}
   * @return the value read
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public static <T> T readFile(Path file, java.util.function.BiFunction<InputStream, String, T> read) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return read.apply(in, name == null ? file.toString() : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes one document, pretty-printed, in UTF-8, followed by a line break.
   *
   * @param out the output, not null; flushed, left open
   * @param body writes the document
   * @throws UncheckedIOException if writing fails
   */
  public static void write(OutputStream out, Body body) {
    requireNonNull(out, "out");
    try {
      try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        body.write(g);
      }
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one document to a string, as {@link #write(OutputStream, Body)} would.
   *
   * @param body writes the document
   * @return the text
   */
  public static String writeToString(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, body);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes one item of a sequence. */
  @FunctionalInterface
  public interface ItemWriter<T> {
    /**
     * Writes the item.
     *
     * @param g the generator
     * @param item the item
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g, T item) throws IOException;
  }

  /**
   * Writes the envelope the event formats share, {@code {"format": …, "events": [ … ]}}.
   *
   * @param g the generator
   * @param format the format identifier
   * @param events the events
   * @param writer writes one event
   * @throws IOException if writing fails
   */
  public static <T> void events(JsonGenerator g, String format, Iterable<? extends T> events, ItemWriter<T> writer)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("format", format);
    g.writeArrayFieldStart("events");
    for (T e : events) {
      writer.write(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads the envelope the event formats share, {@code {"format": …, "events": [ … ]}}, handing
   * over each event's place to {@code event} while the cursor is on it.
   *
   * @param c the cursor, on the document
   * @param format the format identifier
   * @param event reads one event at the cursor
   */
  public static void events(Cursor c, String format, Runnable event) {
    Mark start = c.mark();
    java.util.Set<String> seen = new java.util.HashSet<>();
    Msg document = Msg.of("what.document", format);
    c.object(document, java.util.List.of("format", "events"), f -> {
      seen.add(f);
      if ("format".equals(f)) {
        format(c, format);
      } else if ("events".equals(f)) {
        c.array(EVENTS, event);
      } else {
        return false;
      }
      return true;
    });
    c.require(start, document, seen, "format", "events");
  }

  /**
   * Writes a string field when the value is present, and nothing otherwise.
   *
   * @param g the generator
   * @param name the field
   * @param value the value
   * @throws IOException if writing fails
   */
  public static void optional(JsonGenerator g, String name, java.util.Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /**
   * Writes a string field, {@code null} when the value is absent.
   *
   * @param g the generator
   * @param name the field
   * @param value the value
   * @throws IOException if writing fails
   */
  public static void nullable(JsonGenerator g, String name, java.util.Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /**
   * Checks the value of a {@code format} field.
   *
   * @param c the cursor, on the value
   * @param expected the format identifier
   */
  public static void format(Cursor c, String expected) {
    if (c.token() != JsonToken.VALUE_STRING || !expected.equals(c.text())) {
      throw c.expected(Msg.literal("\"" + expected + "\""));
    }
  }

  /**
   * Reads an instant such as {@code 2024-03-01T02:00:00Z}.
   *
   * @param c the cursor, on the value
   * @return the instant
   */
  public static Instant instant(Cursor c) {
    String s = c.text();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw c.expected("what.instant");
    }
  }
}
