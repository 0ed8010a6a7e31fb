package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's parse errors (an unknown option, a missing parameter, a bad value, an option given
 * twice) in the tool's language. picocli words them in English, which stays as it is for {@code
 * --lang en}; in Chinese each kind of error is put together from the {@code usage.*} texts of the
 * tool's bundle with the options, values and suggestions picocli found. An error the tool raised
 * itself is already in its language and is shown as it is.
 */
final class ParseErrors {
  private ParseErrors() {}

  /**
   * Prints the error and picocli's suggestions (the nearest options or subcommands).
   *
   * @param ex the error
   * @param english whether the tool speaks English
   * @param messages the tool's messages
   * @param err standard error
   */
  static void print(CommandLine.ParameterException ex, boolean english, ResourceBundle messages, PrintWriter err) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    if (english) {
      err.println(command + ": " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      return;
    }
    err.println(command + ": " + message(ex, messages));
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) ex;
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        boolean option = !u.getUnmatched().isEmpty() && u.getUnmatched().get(0).startsWith("-");
        // A subcommand is suggested with its command's name, as picocli does.
        String name = ex.getCommandLine().getCommandName() + " ";
        err.println(option ? format(messages, "usage.possible", String.join(", ", suggestions))
            : format(messages, "usage.didYouMean", suggestions.stream().map(x -> name + x).collect(Collectors.joining(", "))));
      }
    }
  }

  /** The error in the words of the tool's bundle, or picocli's own when it is none of the known kinds. */
  static String message(CommandLine.ParameterException ex, ResourceBundle messages) {
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) ex;
      String quoted = u.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
      return format(messages, u.isUnknownOption() ? "usage.unknownOption" : "usage.unmatched", quoted);
    }
    if (ex instanceof CommandLine.MissingParameterException) {
      List<ArgSpec> missing = ((CommandLine.MissingParameterException) ex).getMissing();
      String names = missing.stream().map(ParseErrors::name).collect(Collectors.joining(", "));
      // An option given last without its value, or followed by another option.
      if (ex.getMessage().startsWith("Missing required parameter for ") || ex.getMessage().startsWith("Expected parameter for ")) {
        return format(messages, "usage.missingValue", names);
      }
      boolean options = missing.stream().allMatch(ArgSpec::isOption);
      return format(messages, options ? "usage.missingOption" : "usage.missingParameter", names);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException) {
      return format(messages, "usage.twice", name(((CommandLine.OverwrittenOptionException) ex).getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null && ex.getMessage().startsWith("Invalid value for ")) {
      return format(messages, "usage.badValue", name(ex.getArgSpec()), ex.getValue(), expected(ex, messages));
    }
    return ex.getMessage();
  }

  /** What the option takes, by its type; the converter's own reason when the tool wrote it. */
  private static String expected(CommandLine.ParameterException ex, ResourceBundle messages) {
    Class<?> type = ex.getArgSpec().auxiliaryTypes().length > 0 ? ex.getArgSpec().auxiliaryTypes()[0] : ex.getArgSpec().type();
    if (type.isEnum()) {
      return format(messages, "usage.expected.oneOf", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", ")));
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return messages.getString("usage.expected.integer");
    }
    if (type == double.class || type == Double.class) {
      return messages.getString("usage.expected.number");
    }
    if (type == LocalDate.class) {
      return messages.getString("usage.expected.date");
    }
    // A converter of the tool's own (a path the system cannot represent) speaks the tool's language.
    return String.valueOf(ex.getCause().getMessage());
  }

  /** An option by its longest name (and label, when it takes a value), a positional parameter by its label; quoted as picocli does. */
  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec) {
      OptionSpec o = (OptionSpec) spec;
      return "'" + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "'";
    }
    return "'" + ((PositionalParamSpec) spec).paramLabel() + "'";
  }

  private static String format(ResourceBundle messages, String key, Object... args) {
    return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
  }
}
