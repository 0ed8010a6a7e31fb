package org.jiceng.governance.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jiceng.governance.core.GovernanceException;

/**
 * The {@code spark-submit} entry point:
 *
 * <pre>{@code
 * spark-submit --class org.jiceng.governance.spark.SparkValidation jiceng-spark.jar \
 *     --profile cn-national --input hdfs:///data/lines/ --output hdfs:///reports/run-1
 * }</pre>
 *
 * <p>Options: {@code --profile ID} (a built-in profile) or {@code --profile-file FILE} (a {@code
 * jiceng.profile/1} file on the driver), {@code --input PATH} (line files: a file, folder or glob),
 * {@code --output PATH} (must not exist), {@code --lang zh|en} (messages and the problems of the
 * profile file and the lines; default {@code JICENG_LANG}, else the locale when Chinese or English, else zh), {@code
 * --master URL} (only when not given to spark-submit, e.g. {@code local[2]} for a run with {@code
 * java -cp}). Prints the summary on standard output. Exit 0 when the job ran (whatever it
 * found), 2 on a usage error (the message says which option and what was expected); a failed job
 * throws, as Spark jobs do.
 */
public final class SparkValidation {
  /** Exit code: the job ran. */
  public static final int OK = 0;
  /** Exit code: bad usage. */
  public static final int USAGE = 2;

  static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "Usage: spark-submit --class org.jiceng.governance.spark.SparkValidation jiceng-spark.jar",
      "         (--profile ID | --profile-file FILE) --input PATH --output PATH [--lang zh|en] [--master URL]",
      "Checks jiceng.community/1 lines (made by 'jiceng split' or 'jiceng generate --split') against a standards profile.",
      "  --profile ID         a built-in profile, e.g. cn-national (see 'jiceng profiles')",
      "  --profile-file FILE  a jiceng.profile/1 file on the driver",
      "  --input PATH         the line files: a file, a folder or a glob (local, hdfs://, s3a://, ...)",
      "  --output PATH        a folder that does not exist yet; receives findings/, measured/, bad-lines/, summary/",
      "  --lang zh|en         language of the messages (default: JICENG_LANG, else the locale when Chinese or English, else zh)",
      "  --master URL         Spark master when not given to spark-submit, e.g. local[2]");

  private SparkValidation() {}

  /**
   * Runs the job and exits with its code.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the job with the given streams; the entry point of tests.
   *
   * @param args the arguments
   * @param out receives the summary
   * @param err receives usage errors
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    java.util.Objects.requireNonNull(args, "args");
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("jiceng-spark: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (a.help) {
      out.println(USAGE_TEXT);
      return OK;
    }
    ValidationJob job;
    try {
      Locale locale = a.english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
      job = a.profileFile != null ? ValidationJob.withProfileFile(Path.of(a.profileFile), locale)
          : ValidationJob.withBuiltInProfile(a.profile).withLocale(locale);
    } catch (IllegalArgumentException | GovernanceException | java.io.UncheckedIOException e) {
      err.println("jiceng-spark: " + e.getMessage());
      return USAGE;
    }
    SparkConf conf = new SparkConf().setAppName("jiceng validate " + a.input);
    if (a.master != null) {
      conf.setMaster(a.master);
    } else if (!conf.contains("spark.master")) {
      err.println("jiceng-spark: no Spark master: run through spark-submit (--master ...), or give --master, e.g. --master local[2]");
      return USAGE;
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      String problem = pathProblem(sc.hadoopConfiguration(), a.input, a.output);
      if (problem != null) {
        err.println("jiceng-spark: " + problem);
        return USAGE;
      }
      JobSummary s = job.run(sc, a.input, a.output);
      out.println(s.toJson());
      return OK;
    }
  }

  /** The input must exist and the output must not: the problem, or null. */
  static String pathProblem(Configuration conf, String input, String output) {
    try {
      org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(input);
      org.apache.hadoop.fs.FileStatus[] matched = in.getFileSystem(conf).globStatus(in);
      if (matched == null || matched.length == 0) {
        return "--input " + input + ": no such file or folder";
      }
      org.apache.hadoop.fs.Path o = new org.apache.hadoop.fs.Path(output);
      if (o.getFileSystem(conf).exists(o)) {
        return "--output " + output + " exists already; give a path that does not exist (nothing is overwritten)";
      }
      return null;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return "cannot use the paths given: " + e.getMessage();
    }
  }

  /** The parsed command line. */
  static final class Arguments {
    String profile;
    String profileFile;
    String input;
    String output;
    String master;
    // jiceng's one language setting unless --lang says otherwise.
    boolean english = org.jiceng.governance.json.Languages.fromEnvironment().equals(Locale.ENGLISH);
    boolean help;

    static Arguments parse(String[] args) {
      Arguments a = new Arguments();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--help") || name.equals("-h")) {
          a.help = true;
          return a;
        }
        if (!name.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument '" + name + "'; options start with --");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--profile": a.profile = value; break;
          case "--profile-file": a.profileFile = value; break;
          case "--input": a.input = value; break;
          case "--output": a.output = value; break;
          case "--master": a.master = value; break;
          case "--lang":
            if (!value.equals("zh") && !value.equals("en")) {
              throw new IllegalArgumentException("--lang expects zh or en, found '" + value + "'");
            }
            a.english = value.equals("en");
            break;
          default:
            throw new IllegalArgumentException("unknown option '" + name + "'");
        }
      }
      if ((a.profile == null) == (a.profileFile == null)) {
        throw new IllegalArgumentException("give --profile ID or --profile-file FILE (exactly one)");
      }
      if (a.input == null) {
        throw new IllegalArgumentException("missing --input PATH");
      }
      if (a.output == null) {
        throw new IllegalArgumentException("missing --output PATH");
      }
      return a;
    }
  }
}
