package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.function.Function;
import org.jiceng.governance.core.code.CodeFormatException;

/** Codes read at a cursor: a parse failure becomes a located problem in the reader's language. Not API. */
final class CodeValues {
  private CodeValues() {}

  /**
   * Reads a code with its parser.
   *
   * @param c the cursor on the value
   * @param what the code's name, for messages ({@code Msg.of("code.division")})
   * @param parse the code's parse method
   * @param <T> the code type
   * @return the code
   */
  static <T> T code(Cursor c, Msg what, Function<String, T> parse) {
    if (c.token() != JsonToken.VALUE_STRING) {
      throw c.expected("what.string-of", what);
    }
    try {
      return parse.apply(c.string());
    } catch (CodeFormatException e) {
      throw c.fail("code.invalid", what, e.getMessage(c.locale()));
    }
  }

  /**
   * Reads a resident identity number, or null when the file holds the masked form the writer
   * produces by default ({@code 110105********002X}), which cannot be turned back into a number.
   *
   * @param c the cursor on the value
   * @return the number's text, or null when masked
   */
  static String residentIdText(Cursor c) {
    if (c.token() != JsonToken.VALUE_STRING) {
      throw c.expected("what.string-of", Msg.of("code.resident-id"));
    }
    String s = c.string();
    return s.contains("*") ? null : s;
  }
}
