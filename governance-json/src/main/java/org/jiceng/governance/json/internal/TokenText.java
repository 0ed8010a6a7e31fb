package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;

/** Describes a parser's current token for a message: a quoted string, a number, null, an object. Not API. */
final class TokenText {
  private static final Msg END = Msg.of("found.end");
  private static final Msg OBJECT = Msg.of("found.object");
  private static final Msg ARRAY = Msg.of("found.array");

  private TokenText() {}

  static Msg describe(JsonParser parser) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return END;
    }
    switch (t) {
      case VALUE_STRING:
        String s = parser.getText();
        if (s.length() > 40) {
          s = s.substring(0, 40) + "…";
        }
        return Msg.literal("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Msg.literal(parser.getText());
      case VALUE_NULL:
        return Msg.literal("null");
      case START_OBJECT:
        return OBJECT;
      case START_ARRAY:
        return ARRAY;
      default:
        return Msg.literal(t.asString() == null ? t.name() : t.asString());
    }
  }
}
