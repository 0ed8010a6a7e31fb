package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiceng validate} in a child JVM limited to a 64 MiB heap, on inputs whose problems or
 * findings would not fit if they were all kept: memory must stay bounded whatever the file holds.
 */
class ValidateMemoryTest {
  private static int jiceng(Path dir, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Jiceng.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** 300,000 communities, each with an unknown field: every problem printed, the first 1,000 kept. */
  @Test
  void lenient_threeHundredThousandBadCommunitiesInSixtyFourMegabytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", "jiceng.dataset/1");
      g.writeObjectFieldStart("county");
      g.writeStringField("id", "k");
      g.writeStringField("name", "县");
      g.writeEndObject();
      g.writeArrayFieldStart("streets");
      g.writeStartObject();
      g.writeStringField("id", "s");
      g.writeStringField("name", "街道");
      g.writeArrayFieldStart("communities");
      for (int c = 0; c < 300_000; c++) {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringField("id", "c" + c);
        g.writeStringField("name", "社区");
        g.writeNumberField("bad", 1);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    int code = jiceng(dir, "validate", "--lenient", "--format", "json", "--lang", "en", "--quiet", file.toString());
    String last = lastLine(dir.resolve("stderr.txt"));
    assertThat(code).as(last).isEqualTo(2);
    assertThat(last).isEqualTo("bad.json: 300,000 problems");
    assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("OutOfMemoryError");
    try (var lines = Files.lines(dir.resolve("stderr.txt"))) {
      assertThat(lines.filter(l -> l.contains("unknown field 'bad'")).count()).isEqualTo(300_000);
    }
  }

  /** 60,000 grids, each too big: 60,000 findings sorted through temporary files into one JSON report. */
  @Test
  void json_sixtyThousandFindingsInSixtyFourMegabytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    int communities = 3_000;
    int grids = 20;
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", "jiceng.dataset/1");
      g.writeStringField("profile", "cn-national");
      g.writeObjectFieldStart("county");
      g.writeStringField("id", "k");
      g.writeStringField("name", "县");
      g.writeEndObject();
      g.writeArrayFieldStart("streets");
      g.writeStartObject();
      g.writeStringField("id", "s");
      g.writeStringField("name", "街道");
      g.writeArrayFieldStart("communities");
      for (int c = 0; c < communities; c++) {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringField("id", "c" + c);
        g.writeStringField("name", "社区" + c);
        g.writeArrayFieldStart("grids");
        for (int k = 0; k < grids; k++) {
          g.writeStartObject();
          g.writeStringField("id", "c" + c + "g" + k);
          g.writeStringField("name", "网格");
          g.writeNumberField("households", 900);
          g.writeArrayFieldStart("gridWorkers");
          g.writeStartObject();
          g.writeStringField("id", "c" + c + "g" + k + "w");
          g.writeStringField("name", "网格员");
          g.writeStringField("role", "FULL_TIME");
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    Path report = dir.resolve("report.json");
    int code = jiceng(dir, "validate", "--format", "json", "--quiet", "--threads", "2", "--fail-on", "warning", "--output", report.toString(),
        file.toString());
    assertThat(code).as(Files.readString(dir.resolve("stderr.txt"))).isEqualTo(1);
    JsonNode r = new ObjectMapper().readTree(report.toFile());
    long tooBig = 0;
    int lastLine = 0;
    for (JsonNode f : r.get("findings")) {
      if (f.get("rule").asText().equals("grid.households-range")) {
        tooBig++;
        assertThat(f.get("line").asInt()).isGreaterThanOrEqualTo(lastLine);
        lastLine = f.get("line").asInt();
      }
    }
    assertThat(tooBig).isEqualTo((long) communities * grids);
    assertThat(r.get("summary").get("warnings").asLong()).isGreaterThanOrEqualTo(tooBig);
    assertThat(r.get("summary").get("communities").asInt()).isEqualTo(communities);
  }
}
