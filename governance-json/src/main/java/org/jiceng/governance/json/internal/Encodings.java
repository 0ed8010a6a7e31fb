package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.json.FormatException;
import org.jiceng.governance.json.FormatProblem;

/**
 * How the bytes of an input become a {@link Cursor}: strict UTF-8 through {@link Utf8Input} (a
 * byte-order mark skipped, UTF-16 and UTF-32 recognised and refused), or another charset decoded
 * strictly. Not API.
 */
final class Encodings {
  private Encodings() {}

  /**
   * Opens a cursor over bytes. In UTF-8 (the format's encoding, {@code charset} null) the bytes
   * go to Jackson's byte-based parser through a strict decoder that also counts columns in
   * characters; a byte-order mark is skipped; UTF-16 and UTF-32 input is refused with a message
   * that says how to convert it. Any other charset is decoded strictly through a reader.
   *
   * @param factory the factory, not null
   * @param in the stream, not null; closed with the cursor only if the factory closes sources
   * @param source the label of the input, not null
   * @param charset the input's encoding, null for UTF-8
   * @return the cursor, before the first token
   * @param failure makes the format's exception
   * @param locale the language of messages
   * @throws FormatException if the input is in another Unicode encoding
   * @throws UncheckedIOException if the input cannot be read
   */
  static Cursor open(JsonFactory factory, InputStream in, String source, Charset charset, FormatFailure failure, Locale locale) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    try {
      if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Cursor(factory.createParser(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)), source, null, failure, locale);
      }
      PushbackInputStream head = new PushbackInputStream(in, 4);
      byte[] first = new byte[4];
      int n = head.readNBytes(first, 0, 4);
      String other = otherUnicode(first, n);
      if (other != null) {
        throw failure.create(List.of(FormatProblem.of(source, 1, 1, "", Msg.of("input.other-unicode", other).render(locale))), null);
      }
      int skip = n >= 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF ? 3 : 0;
      if (n > skip) {
        head.unread(first, skip, n - skip);
      }
      Utf8Input utf8 = new Utf8Input(head);
      return new Cursor(factory.createParser(utf8), source, utf8, failure, locale);
    } catch (Utf8Input.MalformedUtf8Exception e) {
      throw malformed(source, e, failure, locale);
    } catch (java.io.CharConversionException e) {
      // Bytes whose pattern Jackson takes for UTF-32 (zero bytes first; found by fuzzing).
      throw failure.create(List.of(FormatProblem.of(source, 1, 1, "",
          Msg.of("input.not-utf8-json", String.valueOf(e.getMessage())).render(locale))), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  static FormatException malformed(String source, Utf8Input.MalformedUtf8Exception m, FormatFailure failure, Locale locale) {
    return failure.create(List.of(FormatProblem.of(source, m.getLine(), m.getColumn(), "",
        Msg.of("input.malformed-utf8", m.describe()).render(locale))), m);
  }


  /**
   * Names the encoding the first bytes show when it is UTF-16 or UTF-32 (by byte-order mark or
   * by the zero bytes an ASCII first character leaves), else null.
   *
   * @param b the first bytes
   * @param n how many of them were read (up to 4)
   * @return the encoding's name, or null for UTF-8 (or too little input to tell)
   */
  static String otherUnicode(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return "UTF-32BE";
    }
    if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && b0 == 0 && b1 != 0) {
      return "UTF-16BE";
    }
    if (n >= 2 && b0 != 0 && b1 == 0) {
      return "UTF-16LE";
    }
    return null;
  }
}
