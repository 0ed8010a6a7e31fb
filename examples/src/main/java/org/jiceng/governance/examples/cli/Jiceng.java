package org.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.jiceng.governance.json.Languages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jiceng} command-line tool. Exit codes: 0 clean, 1 findings or invalid codes, 2 bad
 * input or usage.
 */
@Command(
    name = "jiceng",
    mixinStandardHelpOptions = true,
    versionProvider = Jiceng.Version.class,
    subcommands = {CodesCommand.class, ValidateCommand.class, AdviseCommand.class, GenerateCommand.class, SplitCommand.class, ProfilesCommand.class, ActivitiesCommand.class,
        ExplainCommand.class, SimulateCommand.class, VisitsCommand.class, ScorecardCommand.class, CommandLine.HelpCommand.class})
public final class Jiceng implements Runnable {
  /** Exit code: everything clean. */
  public static final int OK = 0;
  /** Exit code: findings at or above the threshold, or invalid codes. */
  public static final int FINDINGS = 1;
  /** Exit code: bad input or usage. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /**
   * Runs the tool with the given streams; the entry point of tests.
   *
   * @param out standard output
   * @param rawErr standard error; what is written to it is masked and escaped
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter rawErr, String... args) {
    // Messages may quote a file or an argument: mask personal data, escape controls (DisplayText).
    SafeWriter safe = new SafeWriter(rawErr);
    PrintWriter err = new PrintWriter(safe, true);
    String fallback = language(System.getenv(Languages.ENVIRONMENT_VARIABLE), Locale.getDefault());
    // The help is printed before the options are bound: its language is read from the arguments.
    Locale locale = LanguageOption.Lang.valueOf(requestedLanguage(args, fallback)).locale;
    ResourceBundle messages = ResourceBundle.getBundle(LanguageOption.MESSAGES, locale);
    CommandLine cl = commandLine(locale);
    cl.setOut(out);
    cl.setErr(err);
    cl.setDefaultValueProvider(arg -> arg.isOption() && "--lang".equals(((CommandLine.Model.OptionSpec) arg).longestName())
        ? fallback : null);
    cl.registerConverter(Path.class, text -> path(text, messages));
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandSpec().qualifiedName();
          ParseErrors.print(ex, locale.equals(Locale.ENGLISH), messages, err);
          err.println(MessageFormat.format(messages.getString("usage.try"), command));
          return USAGE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    try {
      safe.drain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return code;
  }

  /**
   * The tool's command line, its help in the language of {@code locale}: help and version options
   * on every command, case-insensitive values, descriptions and examples from the {@code Help}
   * bundle.
   *
   * @param locale Chinese or English
   * @return the command line
   */
  static CommandLine commandLine(Locale locale) {
    CommandLine cl = new CommandLine(new Jiceng());
    helpEverywhere(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // No fallback to the machine's locale: English is the root bundle, Chinese its zh_CN variant.
    cl.setResourceBundle(ResourceBundle.getBundle(HELP, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES)));
    return cl;
  }

  /** The bundle of the help texts. */
  static final String HELP = "org.jiceng.governance.examples.cli.Help";

  /**
   * The language the arguments ask for with {@code --lang}, else {@code fallback}.
   *
   * @param args the arguments
   * @param fallback the language when none is asked for (or the one asked for is not known)
   * @return {@code zh} or {@code en}
   */
  static String requestedLanguage(String[] args, String fallback) {
    String asked = null;
    for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        asked = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        asked = args[i].substring("--lang=".length());
      }
    }
    return asked != null && (asked.equalsIgnoreCase("zh") || asked.equalsIgnoreCase("en")) ? asked.toLowerCase(Locale.ROOT) : fallback;
  }

  /**
   * A path argument; a name the system cannot represent (a file name in another encoding) is a
   * usage error that says so, rather than a library's message.
   */
  private static Path path(String text, ResourceBundle messages) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(MessageFormat.format(messages.getString("file.badName"), text,
          System.getProperty("sun.jnu.encoding", "UTF-8")));
    }
  }

  /**
   * The one language setting of the tool and the library ({@link Languages#resolve}), for every
   * {@code --lang} not given: {@code JICENG_LANG} ({@code zh} or {@code en}), else the locale's
   * language when it is Chinese or English, else Chinese.
   *
   * @param env the value of {@code JICENG_LANG}, may be null
   * @param locale the default locale
   * @return {@code zh} or {@code en}
   */
  static String language(String env, Locale locale) {
    return Languages.resolve(env, locale).getLanguage();
  }

  /** Gives every command and subcommand {@code --help} and {@code --version}. */
  private static void helpEverywhere(CommandLine c) {
    c.getCommandSpec().mixinStandardHelpOptions(true);
    if (c.getCommandSpec().versionProvider() == null) {
      c.getCommandSpec().versionProvider(new Version());
    }
    c.getSubcommands().values().forEach(Jiceng::helpEverywhere);
  }

  @CommandLine.Mixin LanguageOption language;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), language.messages().getString("usage.subcommandRequired"));
  }

  /** Reads the version that Maven wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Jiceng.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"jiceng " + p.getProperty("version", "unknown")};
    }
  }
}
