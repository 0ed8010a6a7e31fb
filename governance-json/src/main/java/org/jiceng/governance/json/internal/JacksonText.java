package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Pattern;

/** Jackson's parser messages made fit for a user: no library-internal location text. */
final class JacksonText {
  private static final Pattern LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private JacksonText() {}

  /**
   * Returns Jackson's message with its location text ("[Source: REDACTED (`StreamReadFeature…`
   * disabled); line: 1, column: 5]") replaced by "line 1, column 5".
   *
   * @param jacksonMessage the message, may be null
   * @return the plain message, null when the message is null
   */
  static String plain(String jacksonMessage) {
    return jacksonMessage == null ? null : LOCATION.matcher(jacksonMessage).replaceAll("line $1, column $2");
  }

  /**
   * Tells whether Jackson refused a key given twice (the parser can go on after it).
   *
   * @param e Jackson's failure
   * @return true for a duplicate key
   */
  static boolean isDuplicate(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    return msg != null && msg.startsWith("Duplicate field ");
  }

  /**
   * Jackson's failure in the reader's words: a duplicate key, a size limit or malformed JSON, under
   * a lead in the reader's language, Jackson's own detail kept without its location text.
   *
   * @param e Jackson's failure
   * @return the message
   */
  static Msg describe(JsonProcessingException e) {
    String msg = plain(e.getOriginalMessage());
    if (isDuplicate(e)) {
      return Msg.of("json.duplicate", msg.substring("Duplicate field ".length()));
    }
    return Msg.of(e instanceof StreamConstraintsException ? "json.size-limit" : "json.malformed", String.valueOf(msg));
  }
}
