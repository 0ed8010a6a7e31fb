package org.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiceng.governance.core.Localizable;

/**
 * A message of the readers not yet put into words: a key of the formats' bundle ({@value
 * #BUNDLE}, in Chinese and English) and its arguments. It is rendered only when a problem is
 * reported, in the reader's language; an argument that is itself a {@code Msg} or a {@link
 * Localizable} (a refusal of the model or the engines) is rendered in the same language, any other
 * as text (numbers without grouping, as the file wrote them). Not API.
 */
public final class Msg {
  /** The bundle of the formats' messages. */
  public static final String BUNDLE = "org.jiceng.governance.json.Messages";

  private final String key;
  private final Object[] args;

  private Msg(String key, Object[] args) {
    this.key = key;
    this.args = args;
  }

  /**
   * Returns a message.
   *
   * @param key the key in {@value #BUNDLE}, not null
   * @param args the arguments: {@code Msg}s, or anything else shown by {@code String.valueOf}
   * @return the message
   */
  public static Msg of(String key, Object... args) {
    return new Msg(requireNonNull(key, "key"), args.clone());
  }

  /**
   * Returns a text that is shown as it is in every language: a JSON member name, a format
   * identifier, a message another library rendered already.
   *
   * @param text the text, not null
   * @return the message
   */
  public static Msg literal(String text) {
    return new Msg(null, new Object[] {requireNonNull(text, "text")});
  }

  /**
   * Returns the message of a failure: in the reader's language when the failure is {@link
   * Localizable} (a value's structural check, a refused event), else its text as it is.
   *
   * @param failure the failure, not null
   * @return the message
   */
  public static Msg of(Throwable failure) {
    return new Msg(null, new Object[] {requireNonNull(failure, "failure")});
  }

  /**
   * Renders the message.
   *
   * @param locale the language, not null; other languages than Chinese and English fall back as
   *     {@link ResourceBundle} does
   * @return the text
   */
  public String render(Locale locale) {
    if (key == null) {
      return args[0] instanceof Throwable ? Localizable.messageOf((Throwable) args[0], locale) : (String) args[0];
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Msg) {
        shown[i] = ((Msg) args[i]).render(locale);
      } else if (args[i] instanceof Localizable) {
        shown[i] = ((Localizable) args[i]).getMessage(locale);
      } else {
        shown[i] = String.valueOf(args[i]);
      }
    }
    return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(shown);
  }

  /**
   * Returns the key, for tests.
   *
   * @return the key, null for a literal
   */
  String key() {
    return key;
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
