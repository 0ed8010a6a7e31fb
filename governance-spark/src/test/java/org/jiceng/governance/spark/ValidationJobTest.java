package org.jiceng.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jiceng.governance.json.CommunityLinesFormat;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.DatasetWriter;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Measurement;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark local mode ({@code local[2]}) gives what the single-machine {@link
 * DatasetValidator} gives for the same data, finding for finding, and the same summary.
 */
class ValidationJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JavaSparkContext sc;

  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    sc = new JavaSparkContext(SparkSupport.localConf(2));
    // Small splits: files are cut into several partitions mid-file, as on a cluster.
    sc.hadoopConfiguration().setLong("mapreduce.input.fileinputformat.split.maxsize", 1L << 20);
  }

  @AfterAll
  static void stopSpark() {
    if (sc != null) {
      sc.close();
    }
  }

  /** Writes a dataset, and its communities as line files of at most {@code perFile} lines. */
  static Path linesOf(Path dataset, Path folder, int perFile) throws IOException {
    Files.createDirectories(folder);
    CommunityLinesFormat format = CommunityLinesFormat.strict();
    List<OutputStream> open = new ArrayList<>();
    int[] n = {0};
    DatasetReader.strict().forEachCommunity(dataset, s -> {
      try {
        if (n[0] % perFile == 0) {
          if (!open.isEmpty()) {
            open.get(open.size() - 1).close();
          }
          open.add(new BufferedOutputStream(Files.newOutputStream(folder.resolve(String.format("part-%05d.jsonl", open.size())))));
        }
        format.writeLine(s, open.get(open.size() - 1));
        n[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    open.get(open.size() - 1).close();
    return folder;
  }

  /** Every JSON line of the part files of an output folder. */
  static List<JsonNode> records(Path folder) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList())) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  private static String key(Finding f) {
    return String.join(" | ", f.getRule(), f.getSeverity().name(), f.getSubject(), f.getCommunity().orElse(""), f.getMeasured(),
        f.getExpected());
  }

  private static String key(JsonNode f) {
    return String.join(" | ", f.get("rule").asText(), f.get("severity").asText(), f.get("subject").asText(),
        f.get("community").isNull() ? "" : f.get("community").asText(), f.get("measured").asText(), f.get("expected").asText());
  }

  private static String key(Measurement m) {
    return m.getName() + " " + m.getSubject() + " " + m.getValue();
  }

  @Test
  void job_givesTheFindingsAndSummaryOfTheSingleMachineValidator() throws Exception {
    StandardsProfile profile = BuiltInProfiles.get("liaoning-kaiyuan");
    SyntheticJurisdictions g = SyntheticJurisdictions.builder().profile(profile).communities(3_000).seed(18).violationRate(0.05).build();
    Path dataset = dir.resolve("county.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dataset))) {
      DatasetWriter.standard().write(g, out);
    }
    Path lines = linesOf(dataset, dir.resolve("lines"), 1_000);
    Path output = dir.resolve("out");

    JobSummary s = ValidationJob.withBuiltInProfile(profile.getId()).run(sc, lines.toString(), output.toString());
    ValidationResult expected = DatasetValidator.of(profile).validate(dataset);

    List<String> fromJob = records(output.resolve("findings")).stream().map(ValidationJobTest::key).collect(Collectors.toList());
    List<String> fromValidator = expected.getFindings().stream().map(ValidationJobTest::key).collect(Collectors.toList());
    assertThat(fromValidator).hasSizeGreaterThan(50);
    assertThat(fromJob).containsExactlyInAnyOrderElementsOf(fromValidator);

    assertThat(s.getCommunities()).isEqualTo(3_000).isEqualTo(expected.getCommunities());
    assertThat(s.getGrids()).isEqualTo(expected.getGrids());
    assertThat(s.getErrors()).isEqualTo(expected.getErrors()).isPositive();
    assertThat(s.getWarnings()).isEqualTo(expected.getWarnings());
    assertThat(s.getInfos()).isEqualTo(expected.getInfos());
    assertThat(s.getBadLines()).isZero();
    assertThat(s.getSubject()).isEqualTo(expected.getSubject().orElseThrow());
    List<String> figures = records(output.resolve("measured")).stream()
        .map(m -> m.get("name").asText() + " " + m.get("subject").asText() + " " + m.get("value").asDouble()).collect(Collectors.toList());
    assertThat(figures).isEqualTo(expected.getMeasured().stream().map(ValidationJobTest::key).collect(Collectors.toList())).isNotEmpty();

    List<JsonNode> summary = records(output.resolve("summary"));
    assertThat(summary).hasSize(1);
    JsonNode report = summary.get(0);
    assertThat(report.get("format").asText()).isEqualTo("jiceng.report/1");
    assertThat(report.get("profile").asText()).isEqualTo("liaoning-kaiyuan");
    assertThat(report.get("summary").get("errors").asLong()).isEqualTo(expected.getErrors());
    assertThat(report.get("summary").get("communities").asLong()).isEqualTo(3_000);
    assertThat(report.get("summary").get("problems").asLong()).isZero();
    assertThat(report.get("measured")).hasSize(expected.getMeasured().size());
    assertThat(records(output.resolve("bad-lines"))).isEmpty();
  }

  @Test
  void job_writesEveryBadLineWithItsProblemAndCountsIt() throws Exception {
    StandardsProfile profile = BuiltInProfiles.get("cn-national");
    SyntheticJurisdictions g = SyntheticJurisdictions.builder().profile(profile).communities(40).seed(5).violationRate(0.2).build();
    Path dataset = dir.resolve("small.json");
    try (OutputStream out = Files.newOutputStream(dataset)) {
      DatasetWriter.standard().write(g, out);
    }
    Path folder = linesOf(dataset, dir.resolve("bad"), 100);
    Path file = folder.resolve("part-00000.jsonl");
    List<String> good = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> mixed = new ArrayList<>(good.subList(0, 20));
    mixed.add("{\"format\":\"jiceng.community/1\"");                          // malformed JSON
    mixed.add(good.get(20).replace("jiceng.community/1", "jiceng.dataset/1")); // another format
    mixed.add(good.get(21).replaceFirst("\"households\":\\d+", "\"households\":\"三百\"")); // a wrong type
    mixed.add("");                                                             // an empty line
    mixed.addAll(good.subList(24, 40));
    Files.write(file, mixed, StandardCharsets.UTF_8);

    Path output = dir.resolve("bad-out");
    JobSummary s = ValidationJob.withBuiltInProfile("cn-national").withLocale(java.util.Locale.ENGLISH)
        .run(sc, folder.toString(), output.toString());

    assertThat(s.getBadLines()).isEqualTo(4);
    assertThat(s.getCommunities()).isEqualTo(36);
    assertThat(s.getLines()).isEqualTo(40);
    List<JsonNode> bad = records(output.resolve("bad-lines"));
    assertThat(bad).hasSize(4);
    bad.sort(Comparator.comparingLong(b -> b.get("offset").asLong()));
    long offsetOfLine21 = 0;
    for (String line : mixed.subList(0, 20)) {
      offsetOfLine21 += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    assertThat(bad.get(0).get("offset").asLong()).isEqualTo(offsetOfLine21);
    assertThat(bad.get(0).get("file").asText()).endsWith("part-00000.jsonl");
    assertThat(bad.get(0).get("problems").get(0).get("message").asText()).contains("malformed JSON");
    assertThat(bad.get(1).get("problems").get(0).get("message").asText()).contains("jiceng.community/1");
    assertThat(bad.get(2).get("problems").get(0).get("pointer").asText()).endsWith("/households");
    assertThat(bad.get(3).get("problems").get(0).get("message").asText()).contains("empty line");
    assertThat(records(output.resolve("summary")).get(0).get("summary").get("problems").asLong()).isEqualTo(4);
  }
}
