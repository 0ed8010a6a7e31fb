package org.jiceng.governance.json.internal;

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
}
