package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's command-line section shows every command's {@code --help} (English, the README's
 * language) as the tool prints it: each block follows a marker {@code <!-- help: jiceng simulate
 * points -->}. After a change of the help, rewrite the blocks with
 * {@code ./mvnw -B -o -q test -pl examples -am -Dtest=ReadmeHelpTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djiceng.readme.write=true}.
 */
class ReadmeHelpTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("<!-- help: (jiceng[a-z ]*) -->\\n```text\\n(.*?)```\\n", Pattern.DOTALL);

  /** Every command path below the root, e.g. "simulate points". */
  private static List<String> paths(CommandLine c, String prefix) {
    List<String> all = new ArrayList<>();
    c.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        String path = prefix.isEmpty() ? name : prefix + " " + name;
        all.add(path);
        all.addAll(paths(sub, path));
      }
    });
    return all;
  }

  private static String help(String command) {
    String path = command.substring("jiceng".length()).strip();
    List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
    args.addAll(List.of("--help", "--lang", "en"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Jiceng.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new))).as(command).isZero();
    return out.toString();
  }

  @Test
  void readme_showsEveryCommandsHelpAsItIs() throws IOException {
    List<String> expected = new ArrayList<>(List.of("jiceng"));
    paths(Jiceng.commandLine(Locale.ENGLISH), "").forEach(p -> expected.add("jiceng " + p));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(readme);
    StringBuilder rewritten = new StringBuilder();
    while (m.find()) {
      String command = m.group(1).strip();
      shown.put(command, m.group(2));
      m.appendReplacement(rewritten, Matcher.quoteReplacement("<!-- help: " + command + " -->\n```text\n" + help(command) + "```\n"));
    }
    m.appendTail(rewritten);
    if (Boolean.getBoolean("jiceng.readme.write")) {
      Files.writeString(README, rewritten.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(shown.keySet()).as("README.md has a help block for every command").containsExactlyInAnyOrderElementsOf(expected);
    for (String command : expected) {
      assertThat(shown.get(command)).as("help of '" + command + "' in README.md (rewrite with -Djiceng.readme.write=true)")
          .isEqualTo(help(command));
    }
  }
}
