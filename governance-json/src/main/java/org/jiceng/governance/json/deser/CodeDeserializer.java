package org.jiceng.governance.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.jiceng.governance.core.code.CodeFormatException;

/**
 * Reads a code from a string through its {@code parse}; a parse failure becomes Jackson's
 * invalid-format error with the JSON path, keeping the {@link CodeFormatException} as its cause.
 *
 * @param <T> the code type
 */
public final class CodeDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient Function<String, T> parse;
  private final java.util.Locale locale;

  /**
   * Creates the deserializer.
   *
   * @param type the code type, not null
   * @param parse its parse method, not null
   * @param locale the language of the parser's message, not null
   */
  public CodeDeserializer(Class<T> type, Function<String, T> parse, java.util.Locale locale) {
    super(java.util.Objects.requireNonNull(type, "type"));
    this.type = type;
    this.parse = java.util.Objects.requireNonNull(parse, "parse");
    this.locale = java.util.Objects.requireNonNull(locale, "locale");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getText();
    try {
      return parse.apply(text);
    } catch (CodeFormatException e) {
      com.fasterxml.jackson.databind.exc.InvalidFormatException ex =
          com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
              p, e.getMessage(locale), e.getParsedText(), handledType());
      ex.initCause(e);
      throw ex;
    }
  }
}
