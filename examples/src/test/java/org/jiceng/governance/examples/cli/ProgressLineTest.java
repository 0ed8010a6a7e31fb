package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The progress line with an injected terminal check and clock. */
class ProgressLineTest {
  private static final long SECOND = 1_000_000_000L;
  private final StringWriter err = new StringWriter();
  private long now;

  private ProgressLine line(Boolean choice, boolean terminal, Locale locale, long total) {
    return new ProgressLine(new PrintWriter(err, true), choice, () -> terminal, () -> now,
        ResourceBundle.getBundle(LanguageOption.MESSAGES, locale), locale, total);
  }

  private static void read(InputStream in, int bytes) throws IOException {
    assertThat(in.readNBytes(bytes)).hasSize(bytes);
  }

  @Test
  void onATerminal_drawsAfterTheFirstSecondAtMostFourTimesASecond() throws IOException {
    ProgressLine p = line(null, true, Locale.ENGLISH, 4_000_000);
    InputStream in = p.counting(new ByteArrayInputStream(new byte[4_000_000]));
    read(in, 1_000_000);
    now = SECOND / 2;
    p.tick(1);
    assertThat(err.toString()).as("nothing in the first second").isEmpty();
    now = 2 * SECOND;
    p.tick(2);
    assertThat(err.toString()).isEqualTo("\r1.0 of 4.0 MB (25%), 2 communities, 0.5 MB/s, about 6 s left");
    read(in, 1_000_000);
    now = 2 * SECOND + SECOND / 10;
    p.tick(3);
    assertThat(err.toString()).as("not redrawn within a quarter second").doesNotContain("3 communities");
    now = 4 * SECOND;
    p.tick(4);
    assertThat(err.toString()).endsWith("\r2.0 of 4.0 MB (50%), 4 communities, 0.5 MB/s, about 4 s left");
    p.done();
    assertThat(err.toString()).endsWith("left" + System.lineSeparator());
  }

  @Test
  void notATerminal_drawsNothingUnlessForced() {
    ProgressLine quiet = line(null, false, Locale.ENGLISH, -1);
    now = 10 * SECOND;
    quiet.tick(5);
    quiet.done();
    assertThat(err.toString()).isEmpty();
    ProgressLine refused = line(false, true, Locale.ENGLISH, -1);
    refused.tick(5);
    refused.done();
    assertThat(err.toString()).as("--no-progress on a terminal").isEmpty();
    ProgressLine forced = line(true, false, Locale.SIMPLIFIED_CHINESE, -1);
    forced.done();
    assertThat(err.toString()).as("--progress shows the totals even of a short run")
        .isEqualTo("\r已读 0.0 MB，已检查 0 个社区，0.0 MB/秒" + System.lineSeparator());
  }
}
