package org.jiceng.governance.consumer;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.compliance.Finding;

/** What an embedding application does with the library, through its exported API only. */
public final class Embedding {
  private Embedding() {}

  /**
   * Validates a dataset file against the profile it names, on one thread.
   *
   * @param file the {@code jiceng.dataset/1} file
   * @return the result
   */
  public static ValidationResult validate(Path file) {
    return DatasetValidator.usingProfileNamedInFile().withThreads(1).validate(file);
  }

  /**
   * Renders the messages of findings in a language.
   *
   * @param findings the findings
   * @param locale the language
   * @return one message per finding
   */
  public static ImmutableList<String> messages(List<Finding> findings, Locale locale) {
    return findings.stream().map(f -> f.getMessage(locale)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Validates a bean with the Bean Validation provider found at run time, messages in a language.
   *
   * @param resident the bean
   * @param locale the language of the messages
   * @return "property: message" for each violation, sorted
   */
  public static ImmutableList<String> violations(Resident resident, Locale locale) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      MessageInterpolator base = factory.getMessageInterpolator();
      MessageInterpolator inLocale = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
          return base.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
          return base.interpolate(template, context, locale);
        }
      };
      return factory.usingContext().messageInterpolator(inLocale).getValidator().validate(resident).stream()
          .map((ConstraintViolation<Resident> v) -> v.getPropertyPath() + ": " + v.getMessage())
          .sorted()
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * Validates the dataset named by the first argument and prints its findings in Chinese and English.
   *
   * @param args the dataset file
   */
  public static void main(String[] args) {
    ValidationResult r = validate(Path.of(args[0]));
    System.out.println(r.getSource() + ": " + r.getFindings().size() + " findings");
    messages(r.getFindings(), Locale.CHINA).forEach(System.out::println);
    messages(r.getFindings(), Locale.ENGLISH).forEach(System.out::println);
  }
}
