package org.jiceng.governance.core.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.PersonalData;

/**
 * A code could not be parsed: it names the kind of code, the text (masked for a resident
 * identity number), the zero-based position of the first bad character (or -1 when the whole
 * text is at fault, such as a wrong length) and what was expected there, as a machine-readable
 * {@link Problem} with its arguments.
 *
 * <p>The reason is rendered in Chinese or English by {@link #getReason(Locale)} and {@link
 * #getMessage(Locale)}, from the texts in {@code ContributorValidationMessages} (the bundle the
 * constraint annotations use, so that a constraint violation shows the same reason in the
 * validator's language). {@link #getMessage()} and {@link #getReason()} stay in English: the core
 * reads no language setting, and a caller that shows the reason to a person passes the locale.
 *
 * <p>Modelled on {@code java.time.format.DateTimeParseException}.
 */
public final class CodeFormatException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /** The bundle of the reasons' texts, shared with the constraint annotations' messages. */
  public static final String BUNDLE = "ContributorValidationMessages";

  /** The prefix of the reasons' keys in {@link #BUNDLE}. */
  public static final String KEY_PREFIX = "org.jiceng.governance.core.code.CodeFormatException.";

  /**
   * What is wrong with a code. Each problem's text is kept in {@link #BUNDLE} as fragments
   * {@code KEY_PREFIX + name() + ".0"} to {@code ".n"}, with the {@code n} arguments between
   * them, so that a Bean Validation message (which cannot take arguments) can be put together
   * from them in any language.
   *
   * @since 0.2
   */
  public enum Problem {
    /** The text has the wrong length; arguments: the length expected, the length found. */
    LENGTH(2),
    /** The text is not the number of digits expected; arguments: digits expected, characters found. */
    DIGITS_LENGTH(2),
    /** A digit was expected; argument: the character found. */
    NOT_DIGIT(1),
    /** A digit was expected where the character may not be shown (the masked birth date). */
    NOT_DIGIT_MASKED(0),
    /** A digit or {@code X} was expected; argument: the character found. */
    NOT_DIGIT_OR_X(1),
    /** The province segment of a division code is {@code 00}. */
    PROVINCE_ZERO(0),
    /**
     * A segment of a division code is set below one that is 0; argument: the segment
     * ({@code city}, {@code county}, {@code township} or {@code village}).
     */
    SEGMENT_ORDER(1),
    /** A character outside a credit code's alphabet; argument: the character found. */
    CREDIT_CHARACTER(1),
    /** An unknown registration authority; argument: the character found. */
    REGISTRATION_AUTHORITY(1),
    /** A non-digit in a credit code's division part; argument: the character found. */
    DIVISION_DIGIT(1),
    /** A wrong check character; arguments: the one expected, the one found. */
    CHECK_CHARACTER(2),
    /** The birth date ({@code yyyyMMdd}) does not exist. */
    BIRTH_DATE(0),
    /** The birth date of a first-generation number ({@code yyMMdd}, 19yy) does not exist. */
    BIRTH_DATE_1900S(0);

    private final int arguments;

    Problem(int arguments) {
      this.arguments = arguments;
    }

    /**
     * Returns how many arguments the problem's text takes.
     *
     * @return the count
     */
    public int getArgumentCount() {
      return arguments;
    }
  }

  private final CodeKind kind;
  private final String parsedText;
  private final int errorIndex;
  private final Problem problem;
  private final ImmutableList<String> arguments;

  /**
   * Creates the exception.
   *
   * @param kind the kind of code being parsed, not null
   * @param parsedText the text as it may be shown (already masked where it is personal data), not
   *     null
   * @param errorIndex zero-based position of the problem, or -1 for the whole text
   * @param problem what is wrong, not null
   * @param arguments the problem's arguments, as many as {@link Problem#getArgumentCount()}
   * @throws IllegalArgumentException if the number of arguments is wrong
   * @since 0.2
   */
  public CodeFormatException(CodeKind kind, String parsedText, int errorIndex, Problem problem, Object... arguments) {
    super(message(kind, parsedText, errorIndex, problem, strings(problem, arguments), Locale.ENGLISH));
    this.kind = requireNonNull(kind, "kind");
    this.parsedText = requireNonNull(parsedText, "parsedText");
    this.errorIndex = errorIndex;
    this.problem = problem;
    this.arguments = strings(problem, arguments);
  }

  private static ImmutableList<String> strings(Problem problem, Object[] arguments) {
    requireNonNull(problem, "problem");
    if (arguments.length != problem.arguments) {
      throw new IllegalArgumentException(problem + " takes " + problem.arguments + " arguments, found " + arguments.length);
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Object a : arguments) {
      out.add(String.valueOf(a));
    }
    return out.build();
  }

  private static String message(CodeKind kind, String text, int index, Problem problem, List<String> args, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    String where = index < 0 ? "" : new MessageFormat(b.getString(KEY_PREFIX + "at-position"), locale).format(new Object[] {String.valueOf(index + 1)});
    return new MessageFormat(b.getString(KEY_PREFIX + "message"), locale).format(new Object[] {
        b.getString(KEY_PREFIX + "kind." + kind.name()), text, where, reason(b, problem, args)});
  }

  private static String reason(ResourceBundle b, Problem problem, List<String> args) {
    StringBuilder sb = new StringBuilder(b.getString(KEY_PREFIX + problem.name() + ".0"));
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      sb.append(problem == Problem.SEGMENT_ORDER ? b.getString(KEY_PREFIX + "segment." + a) : a);
      sb.append(b.getString(KEY_PREFIX + problem.name() + "." + (i + 1)));
    }
    return PersonalData.mask(sb.toString());
  }

  /**
   * Returns the kind of code that failed to parse.
   *
   * @return the kind, not null
   */
  public CodeKind getKind() {
    return kind;
  }

  /**
   * Returns the text that failed, masked when it is a resident identity number.
   *
   * @return the text as it may safely be shown, not null
   */
  public String getParsedText() {
    return parsedText;
  }

  /**
   * Returns the zero-based index of the first bad character, or -1 when the problem is the text
   * as a whole (length, an impossible combination).
   *
   * @return the index or -1
   */
  public int getErrorIndex() {
    return errorIndex;
  }

  /**
   * Returns what is wrong, for a program.
   *
   * @return the problem, not null
   * @since 0.2
   */
  public Problem getProblem() {
    return problem;
  }

  /**
   * Returns the problem's arguments (characters, lengths, a segment's name), as text.
   *
   * @return the arguments, as many as {@link Problem#getArgumentCount()}
   * @since 0.2
   */
  public ImmutableList<String> getArguments() {
    return arguments;
  }

  /**
   * Returns the reason in English without the prefix naming the code, e.g. {@code "expected a
   * digit, found 'A'"}.
   *
   * @return the reason, not null
   */
  public String getReason() {
    return getReason(Locale.ENGLISH);
  }

  /**
   * Returns the reason in a language, without the prefix naming the code, e.g. {@code
   * "应为数字，实际为'A'"}; personal data masked.
   *
   * @param locale the language, not null; Chinese and English have texts, another falls back as
   *     {@link ResourceBundle} does
   * @return the reason, not null
   * @since 0.2
   */
  public String getReason(Locale locale) {
    return reason(ResourceBundle.getBundle(BUNDLE, requireNonNull(locale, "locale")), problem, arguments);
  }

  /**
   * Returns the whole message in a language: the kind of code, the text, the position and the
   * reason. {@link #getMessage()} is this message in English.
   *
   * @param locale the language, not null
   * @return the message, not null
   * @since 0.2
   */
  public String getMessage(Locale locale) {
    return message(kind, parsedText, errorIndex, problem, arguments, requireNonNull(locale, "locale"));
  }
}
