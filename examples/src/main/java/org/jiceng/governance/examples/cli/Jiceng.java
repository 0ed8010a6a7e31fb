package org.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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
    description = "Model, check and simulate party-building-led grassroots governance (党建引领基层治理).",
    subcommands = {CodesCommand.class, ValidateCommand.class, AdviseCommand.class, GenerateCommand.class, SplitCommand.class, ProfilesCommand.class,
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
    CommandLine cl = new CommandLine(new Jiceng());
    helpEverywhere(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setDefaultValueProvider(arg -> arg.isOption() && "--lang".equals(((CommandLine.Model.OptionSpec) arg).longestName())
        ? language(System.getenv("JICENG_LANG"), java.util.Locale.getDefault()) : null);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println(command + ": " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + command + " --help' for usage.");
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
   * The one language setting of the tool, for every {@code --lang} not given: {@code JICENG_LANG}
   * ({@code zh} or {@code en}), else the locale's language when it is Chinese or English, else
   * Chinese.
   *
   * @param env the value of {@code JICENG_LANG}, may be null
   * @param locale the default locale
   * @return {@code zh} or {@code en}
   */
  static String language(String env, java.util.Locale locale) {
    if (env != null && (env.equalsIgnoreCase("zh") || env.equalsIgnoreCase("en"))) {
      return env.toLowerCase(java.util.Locale.ROOT);
    }
    String l = locale.getLanguage();
    return l.equals("en") ? "en" : "zh";
  }

  /** Gives every command and subcommand {@code --help} and {@code --version}. */
  private static void helpEverywhere(CommandLine c) {
    c.getCommandSpec().mixinStandardHelpOptions(true);
    if (c.getCommandSpec().versionProvider() == null) {
      c.getCommandSpec().versionProvider(new Version());
    }
    c.getSubcommands().values().forEach(Jiceng::helpEverywhere);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
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
