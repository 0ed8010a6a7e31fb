package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.code.CodeFormatException;
import org.jiceng.governance.core.code.CodeKind;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng codes CODE...}: one line per argument, {@code CODE<TAB>KIND<TAB>valid} or {@code
 * CODE<TAB>KIND<TAB>invalid: reason}; KIND is division, credit, resident-id, resident-id-15 (a
 * first-generation number, followed by {@code ; 18-character form: …}, masked) or unknown; a
 * resident identity number, and anything shaped like one or like a mobile number, is printed
 * masked ({@link DisplayText}), a mistyped identity number included. Exit 0 when all are valid, 1 when any is not.
 */
@Command(name = "codes")
final class CodesCommand implements Callable<Integer> {
  /** The kind printed for a first-generation (15-digit) identity number. */
  static final String FIRST_GENERATION = "resident-id-15";

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CODE", descriptionKey = "codes.CODE")
  List<String> codes;

  /**
   * The help, the reason after {@code invalid: } and each warning after {@code warning: } are in
   * the chosen language; the rest of each line (the code, its kind, {@code valid}/{@code invalid},
   * {@code warning:}) is for programs and the same in both.
   */
  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (String code : codes) {
      Result r = check(code, language.locale());
      allValid &= r.reason == null;
      // A valid credit code names an organization, not a person: it is printed in full even when
      // it is all digits; everything else goes through the one masking policy.
      boolean organization = r.reason == null && r.kind.equals(CodeKind.CREDIT.getLabel());
      String shown = organization ? DisplayText.escape(r.shown, false) : DisplayText.of(r.shown);
      StringBuilder line = new StringBuilder(shown + "\t" + r.kind + "\t" + (r.reason == null ? "valid" : "invalid: " + DisplayText.of(r.reason)));
      r.warnings.forEach(w -> line.append("; warning: ").append(DisplayText.of(w)));
      if (r.note != null) {
        line.append("; ").append(DisplayText.of(r.note));
      }
      out.println(line);
    }
    return allValid ? Jiceng.OK : Jiceng.FINDINGS;
  }

  private static final class Result {
    final String shown;
    final String kind;
    final String reason;
    final List<String> warnings;
    final String note;

    Result(String shown, String kind, String reason) {
      this(shown, kind, reason, List.of());
    }

    Result(String shown, String kind, String reason, List<String> warnings) {
      this(shown, kind, reason, warnings, null);
    }

    Result(String shown, String kind, String reason, List<String> warnings, String note) {
      this.shown = shown;
      this.kind = kind;
      this.reason = reason;
      this.warnings = warnings;
      this.note = note;
    }
  }

  /** Classifies by shape, then parses; an 18-character text is an identity number when it looks like one. */
  static Result check(String code, java.util.Locale locale) {
    String trimmed = code.strip();
    if (trimmed.length() == 12) {
      Result r = attempt(trimmed, CodeKind.DIVISION, () -> DivisionCode.parse(trimmed), locale);
      // NATIONAL.md: real data breaks the conventional digit ranges, so they are warnings, never invalid.
      return r.reason != null ? r : new Result(r.shown, r.kind, null, DivisionCode.parse(trimmed).getRangeWarnings(locale));
    }
    if (trimmed.length() == ResidentIdNumber.FIRST_GENERATION_LENGTH && trimmed.chars().allMatch(Character::isDigit)) {
      // GB 11643-1989: its own kind, shown with the 18-character number it became, masked.
      try {
        ResidentIdNumber id = ResidentIdNumber.fromFirstGeneration(trimmed);
        return new Result(ResidentIdNumber.mask(trimmed), FIRST_GENERATION, null, List.of(), "18-character form: " + id);
      } catch (CodeFormatException e) {
        return new Result(ResidentIdNumber.mask(trimmed), FIRST_GENERATION, e.getReason(locale));
      }
    }
    if (trimmed.length() == 18) {
      if (looksLikeResidentId(trimmed) || (mostlyDigits(trimmed) && inProvince(trimmed) && !validCredit(trimmed))) {
        Result asId = attempt(trimmed, CodeKind.RESIDENT_ID, () -> ResidentIdNumber.parse(trimmed), locale);
        if (asId.reason == null) {
          return asId;
        }
        Result asCredit = attempt(trimmed, CodeKind.CREDIT, () -> UnifiedSocialCreditCode.parse(trimmed), locale);
        return asCredit.reason == null ? asCredit : asId;
      }
      return attempt(trimmed, CodeKind.CREDIT, () -> UnifiedSocialCreditCode.parse(trimmed), locale);
    }
    return new Result(
        ResidentIdNumber.mask(trimmed).equals(trimmed) ? trimmed : shownUnknown(trimmed),
        "unknown",
        java.text.MessageFormat.format(java.util.ResourceBundle.getBundle(LanguageOption.MESSAGES, locale).getString("codes.unknown"),
            String.valueOf(trimmed.length())));
  }

  private static String shownUnknown(String s) {
    // Digits-only text of unknown length may still be personal data: mask it.
    return s.chars().allMatch(Character::isDigit) ? ResidentIdNumber.mask(s) : s;
  }

  /**
   * Tells whether at most two of the first 17 characters are not digits: a mistyped identity
   * number (a letter in it, a birth date that does not exist) is still personal data, and is
   * reported as an identity number, masked, unless it is a valid credit code.
   */
  private static boolean mostlyDigits(String s) {
    int other = 0;
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        other++;
      }
    }
    return other <= 2;
  }

  /** Tells whether the first two characters are a province's code (11 Beijing .. 82 Macao), as an identity number's are. */
  private static boolean inProvince(String s) {
    return PROVINCES.contains(s.substring(0, 2));
  }

  private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31",
      "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
      "65", "71", "81", "82");

  private static boolean validCredit(String s) {
    try {
      UnifiedSocialCreditCode.parse(s);
      return true;
    } catch (CodeFormatException e) {
      return false;
    }
  }

  private static boolean looksLikeResidentId(String s) {
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    try {
      LocalDate.of(
          Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)),
          Integer.parseInt(s.substring(12, 14)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static Result attempt(String text, CodeKind kind, Runnable parse, java.util.Locale locale) {
    String shown = kind == CodeKind.RESIDENT_ID ? ResidentIdNumber.mask(text) : text;
    try {
      parse.run();
      return new Result(shown, kind.getLabel(), null);
    } catch (CodeFormatException e) {
      return new Result(shown, kind.getLabel(), reason(e, locale));
    }
  }

  /** The parser's reason in the chosen language, after the position when there is one. */
  private static String reason(CodeFormatException e, java.util.Locale locale) {
    String why = e.getReason(locale);
    return e.getErrorIndex() < 0 ? why : java.text.MessageFormat.format(
        java.util.ResourceBundle.getBundle(LanguageOption.MESSAGES, locale).getString("codes.position"), String.valueOf(e.getErrorIndex() + 1), why);
  }
}
