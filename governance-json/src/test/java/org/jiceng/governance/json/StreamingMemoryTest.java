package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a file of 100,000 grids in a child JVM limited to a 64 MiB heap: if memory grew with
 * the file (a whole-file tree, a list of every community), the child would fail with an
 * OutOfMemoryError instead of printing its counts.
 */
class StreamingMemoryTest {
  static final int STREETS = 10;
  static final int COMMUNITIES_PER_STREET = 500;
  static final int GRIDS_PER_COMMUNITY = 20;

  static void generate(Path file) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", "jiceng.dataset/1");
      g.writeObjectFieldStart("county");
      g.writeStringField("id", "county");
      g.writeStringField("name", "县");
      g.writeEndObject();
      g.writeArrayFieldStart("streets");
      for (int s = 0; s < STREETS; s++) {
        g.writeStartObject();
        g.writeStringField("id", "s" + s);
        g.writeStringField("name", "街道" + s);
        g.writeArrayFieldStart("communities");
        for (int c = 0; c < COMMUNITIES_PER_STREET; c++) {
          String cid = "s" + s + "c" + c;
          g.writeStartObject();
          g.writeStringField("id", cid);
          g.writeStringField("name", "社区" + c);
          g.writeArrayFieldStart("grids");
          for (int k = 0; k < GRIDS_PER_COMMUNITY; k++) {
            String gid = cid + "g" + k;
            g.writeStartObject();
            g.writeStringField("id", gid);
            g.writeStringField("name", "网格" + k);
            g.writeNumberField("households", 300);
            g.writeArrayFieldStart("gridWorkers");
            g.writeStartObject();
            g.writeStringField("id", gid + "w");
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
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  @Test
  void forEachCommunity_readsHundredThousandGridsInSixtyFourMegabytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    generate(file);
    assertThat(Files.size(file)).isGreaterThan(64L * 1024 * 1024 / 8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StreamingProbe.class.getName(), file.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    int grids = STREETS * COMMUNITIES_PER_STREET * GRIDS_PER_COMMUNITY;
    assertThat(out).contains("grids=" + grids + " communities=" + STREETS * COMMUNITIES_PER_STREET + " households=" + grids * 300L);
    System.out.println("StreamingMemoryTest: " + out.strip() + ", file " + Files.size(file) / (1024 * 1024) + " MiB");
  }
}
