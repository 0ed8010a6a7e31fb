package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file a command reads or writes, given as a bad path, as {@code -} for standard input, and
 * every command in both languages. Paths are relative and short: a temporary folder's name can
 * hold 18 digits in a row, which the personal-data policy masks wherever it appears in a message.
 */
class FileArgumentsTest {
  private static final String KAZUO = "data/kazuo.json";
  private static final String QIANXI = "data/qianxi.json";
  private static final String VISITS = "data/qianxi-visits.json";
  private static final String DEMANDS = "data/qianxi-demands.json";
  private static final String POINTS = "data/qianxi-points.json";
  private static final Path DIR = Path.of("target", "file-arguments");
  private static final String PROFILE = "{\"format\": \"jiceng.profile/1\", \"id\": \"mine\", \"version\": \"1\","
      + " \"title\": {\"zh\": \"我的\", \"en\": \"Mine\"}, \"extends\": \"liaoning-tieling\", \"parameters\": {}}";

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(List<String> args) {
    out = new StringWriter();
    err = new StringWriter();
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
  }

  private int runWithStdin(byte[] in, List<String> args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(in));
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** One file a command reads: the command line with the file in its place, and a good file for it. */
  static final class Input {
    final String name;
    final Function<String, List<String>> args;
    final String good;

    Input(String name, String good, Function<String, List<String>> args) {
      this.name = name;
      this.good = good;
      this.args = args;
    }

    List<String> with(String file, String lang) {
      List<String> a = new ArrayList<>(args.apply(file));
      a.add("--lang");
      a.add(lang);
      return a;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void files() throws IOException {
    Files.createDirectories(DIR.resolve("folder"));
    Files.writeString(DIR.resolve("mine.json"), PROFILE, StandardCharsets.UTF_8);
    Path loop1 = DIR.resolve("loop1");
    Path loop2 = DIR.resolve("loop2");
    Path broken = DIR.resolve("broken");
    for (Path p : List.of(loop1, loop2, broken)) {
      Files.deleteIfExists(p);
    }
    Files.createSymbolicLink(loop1, loop2.getFileName());
    Files.createSymbolicLink(loop2, loop1.getFileName());
    Files.createSymbolicLink(broken, Path.of("nowhere.json"));
  }

  static Stream<Input> inputs() {
    String profile = DIR.resolve("mine.json").toString();
    return Stream.of(
        new Input("validate FILE", KAZUO, f -> List.of("validate", f)),
        new Input("validate --profile-file", profile, f -> List.of("validate", "--fail-on", "never", "--profile-file", f, KAZUO)),
        new Input("advise FILE", KAZUO, f -> List.of("advise", "--as-of", "2025-06-30", f)),
        new Input("advise --profile-file", profile, f -> List.of("advise", "--as-of", "2025-06-30", "--profile-file", f, KAZUO)),
        new Input("explain --profile-file", profile, f -> List.of("explain", "grid.households-range", "--profile-file", f)),
        new Input("visits FILE", QIANXI, f -> List.of("visits", f, "--visits", VISITS)),
        new Input("visits --visits", VISITS, f -> List.of("visits", QIANXI, "--visits", f)),
        new Input("visits --profile-file", profile, f -> List.of("visits", QIANXI, "--visits", VISITS, "--profile-file", f)),
        new Input("scorecard FILE", QIANXI, f -> List.of("scorecard", f, "--profile", "liaoning-tieling")),
        new Input("scorecard --demands", DEMANDS, f -> List.of("scorecard", QIANXI, "--profile", "liaoning-tieling", "--demands", f)),
        new Input("scorecard --visits", VISITS, f -> List.of("scorecard", QIANXI, "--profile", "liaoning-tieling", "--visits", f)),
        new Input("scorecard --ledger", POINTS, f -> List.of("scorecard", QIANXI, "--profile", "liaoning-tieling", "--ledger", f)),
        new Input("scorecard --profile-file", profile, f -> List.of("scorecard", QIANXI, "--profile-file", f)),
        new Input("simulate points --scenario", null, f -> List.of("simulate", "points", "--months", "3", "--scenario", f)),
        new Input("simulate demands --scenario", null, f -> List.of("simulate", "demands", "--quarters", "1", "--scenario", f)));
  }

  /** The other files on the command line, which a message about this one must not blame. */
  private static List<String> others(Input input, String file) {
    List<String> a = new ArrayList<>(input.args.apply(file));
    a.removeIf(s -> s.equals(file) || !s.endsWith(".json"));
    return a;
  }

  private void assertRefused(Input input, String file, String lang, String expected) {
    assertThat(run(input.with(file, lang))).as(input + " " + file).isEqualTo(2);
    assertThat(err.toString()).as(input + " " + file).contains(expected).doesNotContain("Exception", "REDACTED");
    for (String other : others(input, file)) {
      assertThat(err.toString()).as(input + " blames " + other).doesNotContain(other);
    }
    assertThat(out.toString()).as(input + " " + file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void badPaths_exitTwoNamingTheFileAndTheReason(Input input) {
    String missing = DIR.resolve("missing.json").toString();
    assertRefused(input, missing, "en", "jiceng: no such file: " + missing);
    assertRefused(input, missing, "zh", "jiceng：文件不存在：" + missing);
    String folder = DIR.resolve("folder").toString();
    assertRefused(input, folder, "en", "jiceng: " + folder + " is a directory, not a file");
    assertRefused(input, folder, "zh", "jiceng：" + folder + " 是目录，不是文件");
    if (Files.exists(Path.of("/dev/null"))) {
      assertRefused(input, "/dev/null", "en", "jiceng: /dev/null is not a regular file (a device or a socket)");
    }
    String loop = DIR.resolve("loop1").toString();
    assertRefused(input, loop, "en", "jiceng: cannot read " + loop + ": Too many levels of symbolic links");
    String broken = DIR.resolve("broken").toString();
    assertRefused(input, broken, "en", "jiceng: " + broken + " is a link to a file that does not exist");
    // A name the system could not decode arrives with U+FFFD in it.
    String undecodable = DIR.resolve("bad\uFFFDname.json").toString();
    assertRefused(input, undecodable, "en", "no such file: " + undecodable + " (a name the system cannot read in its file-name encoding");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void unreadableFile_exitsTwoSayingPermissionDenied(Input input) throws IOException {
    Path locked = DIR.resolve("locked.json");
    Files.writeString(locked, "{}");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      if (Files.isReadable(locked)) {
        // Root reads anything: the message is checked through the exception the system gives others.
        String message = CliFiles.readProblem(locked, new AccessDeniedException(locked.toString()),
            ResourceBundle.getBundle(LanguageOption.MESSAGES, java.util.Locale.ENGLISH));
        assertThat(message).isEqualTo("jiceng: cannot read " + locked + ": permission denied");
        return;
      }
      assertRefused(input, locked.toString(), "en", "jiceng: cannot read " + locked + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void standardInput_readsLikeTheFileAndNamesItStdin(Input input) throws IOException {
    if (input.good != null) {
      int fromFile = run(input.with(input.good, "en"));
      String expected = out.toString();
      assertThat(runWithStdin(Files.readAllBytes(Path.of(input.good)), input.with("-", "en"))).as(input + ": " + err).isEqualTo(fromFile);
      assertThat(out.toString()).as(input.toString()).isEqualTo(expected.replace(Path.of(input.good).getFileName().toString(), "<stdin>"));
    }
    assertThat(runWithStdin("{\"format\": 1}".getBytes(StandardCharsets.UTF_8), input.with("-", "en"))).as(input.toString()).isEqualTo(2);
    assertThat(err.toString()).as(input.toString()).startsWith("<stdin>:1:").doesNotContain("Exception");
  }

  /** A bad profile file is blamed, with its line and column, in our words, never Jackson's. */
  @Test
  void malformedProfileFile_isBlamedInOurWords() throws IOException {
    Path bad = DIR.resolve("bad-profile.json");
    Files.writeString(bad, "{\"format\": \"jiceng.profile/1\", \"id\": ");
    for (String command : List.of("validate", "advise", "visits", "scorecard", "explain")) {
      List<String> args = new ArrayList<>(List.of(command, "--lang", "en", "--profile-file", bad.toString()));
      args.addAll(command.equals("explain") ? List.of("grid.households-range")
          : command.equals("visits") ? List.of(QIANXI, "--visits", VISITS) : List.of(QIANXI));
      assertThat(run(args)).as(command).isEqualTo(2);
      assertThat(err.toString()).as(command).matches("bad-profile\\.json:1:\\d+ /id: malformed JSON: [^\\n]*\\R")
          .doesNotContain("REDACTED", "INCLUDE_SOURCE_IN_LOCATION", "qianxi", "Exception");
    }
    Files.writeString(bad, "{\"format\": \"jiceng.profile/1\", \"id\": 3}");
    assertThat(run(List.of("explain", "grid.households-range", "--profile-file", bad.toString()))).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("bad-profile.json:1:38 /id: 应为字符串，实际为3\n");
  }

  static Stream<List<String>> outputs() {
    return Stream.of(List.of("validate", KAZUO, "--output"), List.of("visits", QIANXI, "--visits", VISITS, "--output"),
        List.of("scorecard", QIANXI, "--profile", "liaoning-tieling", "--output"), List.of("generate", "--communities", "2", "--output"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void unwritableOutput_exitsTwoBlamingTheOutput(List<String> command) {
    String missing = DIR.resolve("no-folder/r.txt").toString();
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(missing, "--lang", "en"));
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("jiceng: cannot write " + missing + ": its folder does not exist\n");
    args.set(command.size(), DIR.resolve("folder").toString());
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("jiceng: cannot write " + DIR.resolve("folder") + ": it is a directory\n");
    args.set(command.size() + 2, "zh");
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("jiceng：无法写入 " + DIR.resolve("folder") + "：这是一个目录\n");
    if (Files.exists(Path.of("/dev/full"))) {
      args.set(command.size(), "/dev/full");
      args.set(command.size() + 2, "en");
      assertThat(run(args)).isEqualTo(2);
      assertThat(err.toString()).startsWith("jiceng: cannot write /dev/full: No space left on device").doesNotContain("cannot read");
    }
  }
}
