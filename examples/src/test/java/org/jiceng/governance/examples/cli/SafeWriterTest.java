package org.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeWriterTest {
  @Test
  void text_masksANumberSplitAcrossWritesAndFlushes() throws Exception {
    StringWriter out = new StringWriter();
    SafeWriter w = new SafeWriter(out);
    w.write("call 138");
    w.flush();
    w.write("1234");
    w.flush();
    w.write("5678\u001B[2J\n");
    w.write("tail 11010519491231002");
    w.write("X");
    w.drain();
    assertThat(out.toString()).isEqualTo("call 138****5678\\u001B[2J\ntail 110105********002X");
  }

  @Test
  void json_masksAndEscapesOnlyInsideStringLiterals() throws Exception {
    StringWriter out = new StringWriter();
    SafeWriter w = new SafeWriter(out, true);
    w.write("{\"name\": \"a\\\"13812345678\u202E\", \"count\": 13812345678, \"x\": \"\\\\\"}\n");
    w.drain();
    assertThat(out.toString()).isEqualTo("{\"name\": \"a\\\"138****5678\\u202E\", \"count\": 13812345678, \"x\": \"\\\\\"}\n");
  }
}
