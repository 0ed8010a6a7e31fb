package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiceng.governance.json.CommunityLinesFormat;
import org.jiceng.governance.json.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Jiceng.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  /** Community ids of the lines of every file of a folder, in file order. */
  private static List<String> lineCommunities(Path dir) throws Exception {
    List<String> ids = new ArrayList<>();
    for (Path f : files(dir)) {
      CommunityLinesFormat.strict().forEachCommunity(f, s -> ids.add(s.getCommunity().getId()));
    }
    return ids;
  }

  @Test
  void split_cutsTheDatasetIntoNumberedFilesOfAtMostPerFileCommunities(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("county.json");
    assertThat(run("generate", "--communities", "25", "--seed", "3", "--violations", "0.3", "--output", dataset.toString())).isZero();
    Path lines = dir.resolve("lines");
    assertThat(run("split", dataset.toString(), "--output", lines.toString(), "--per-file", "10", "--lang", "en")).isZero();
    assertThat(files(lines)).extracting(p -> p.getFileName().toString())
        .containsExactly("county-00000.jsonl", "county-00001.jsonl", "county-00002.jsonl");
    assertThat(Files.readAllLines(files(lines).get(2))).hasSize(5);
    List<String> fromDataset = new ArrayList<>();
    DatasetReader.strict().forEachCommunity(dataset, s -> fromDataset.add(s.getCommunity().getId()));
    assertThat(lineCommunities(lines)).isEqualTo(fromDataset).hasSize(25);
    assertThat(err.toString()).contains("25 communities written to 3 line files");
  }

  @Test
  void generateSplit_writesTheLinesSplitMakesOfTheGeneratedFile(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("county.json");
    assertThat(run("generate", "--communities", "12", "--seed", "9", "--violations", "0.5", "--output", dataset.toString())).isZero();
    Path split = dir.resolve("split");
    Path generated = dir.resolve("generated");
    assertThat(run("split", dataset.toString(), "--output", split.toString(), "--per-file", "5")).isZero();
    assertThat(run("generate", "--communities", "12", "--seed", "9", "--violations", "0.5", "--split", "--per-file", "5",
        "--output", generated.toString())).isZero();
    List<Path> a = files(split);
    List<Path> b = files(generated);
    assertThat(b).hasSameSizeAs(a).hasSize(3);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(b.get(i))).isEqualTo(Files.readAllBytes(a.get(i)));
    }
  }

  @Test
  void split_refusesANonEmptyFolderAndBadOptions(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("county.json");
    assertThat(run("generate", "--communities", "3", "--output", dataset.toString())).isZero();
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("old.jsonl"), "{}\n");
    assertThat(run("split", dataset.toString(), "--output", full.toString(), "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty");
    assertThat(run("split", dataset.toString(), "--output", dir.resolve("x").toString(), "--per-file", "0", "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("--per-file expects 1..100000000, found 0");
    assertThat(run("split", dir.resolve("nothing.json").toString(), "--output", dir.resolve("y").toString(), "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(run("split", dataset.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("缺少必需的选项：'--output=DIR'");
    assertThat(run("generate", "--communities", "3", "--split", "--output", full.toString())).isEqualTo(2);
  }

  @Test
  void split_strictLeavesNothingOnAFormatProblem_lenientWritesTheGoodCommunities(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("county.json");
    assertThat(run("generate", "--communities", "6", "--output", dataset.toString())).isZero();
    String text = Files.readString(dataset);
    int at = text.indexOf("\"households\"", text.indexOf("\"communities\""));
    String bad = text.substring(0, at) + "\"households\": -1, \"x" + text.substring(at + 1);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, bad.replaceFirst("\"households\": -1, \"x", "\"households\": -1, \"_"));
    Path strict = dir.resolve("strict");
    assertThat(run("split", broken.toString(), "--output", strict.toString(), "--lang", "en")).isEqualTo(2);
    assertThat(files(strict)).isEmpty();
    assertThat(err.toString()).contains("broken.json:").contains("nothing was left in");
    Path lenient = dir.resolve("lenient");
    assertThat(run("split", broken.toString(), "--output", lenient.toString(), "--lenient", "--lang", "en")).isEqualTo(2);
    assertThat(lineCommunities(lenient)).hasSize(5);
  }
}
