package org.jiceng.governance.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8InputTest {
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String) {
        out.writeBytes(((String) p).getBytes(StandardCharsets.UTF_8));
      } else {
        for (int b : (int[]) p) {
          out.write(b);
        }
      }
    }
    return out.toByteArray();
  }

  private static void drain(byte[] data) throws IOException {
    try (InputStream in = new Utf8Input(new ByteArrayInputStream(data))) {
      byte[] buf = new byte[8000];
      while (in.read(buf, 0, buf.length) > 0) {
        // read everything
      }
    }
  }

  private static Utf8Input.MalformedUtf8Exception failure(byte[] data) {
    try {
      drain(data);
    } catch (Utf8Input.MalformedUtf8Exception e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected malformed UTF-8");
  }

  @Test
  void read_acceptsEveryWellFormedKind() throws IOException {
    drain(bytes("ascii 中文 é 😀 \r\n end"));
  }

  @Test
  void read_refusesOverlongSurrogateAndOutOfRangeForms() {
    assertThat(failure(bytes("ab", new int[] {0xC0, 0x80})).getMessage()).contains("0xC0 cannot start");
    assertThat(failure(bytes("ab", new int[] {0xE0, 0x80, 0x80})).getMessage()).contains("0x80 cannot continue");
    assertThat(failure(bytes("ab", new int[] {0xED, 0xA0, 0x80})).getMessage()).contains("0xA0 cannot continue");
    assertThat(failure(bytes("ab", new int[] {0xF4, 0x90, 0x80, 0x80})).getMessage()).contains("0x90 cannot continue");
    assertThat(failure(bytes("ab", new int[] {0xF5})).getMessage()).contains("0xF5 cannot start");
    assertThat(failure(bytes("ab", new int[] {0xE4, 0xB8})).getMessage()).contains("ends inside a UTF-8 sequence");
  }

  @Test
  void read_locatesTheBadByteInCharactersOnItsLine() {
    Utf8Input.MalformedUtf8Exception e = failure(bytes("line one\r\n中文中文", new int[] {0xFF}));
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(5);
  }

  @Test
  void read_locatesABadByteFarIntoALongLine() {
    StringBuilder b = new StringBuilder("x\n");
    for (int i = 0; i < 30_000; i++) {
      b.append('中');
    }
    Utf8Input.MalformedUtf8Exception e = failure(bytes(b.toString(), new int[] {0xC3, 0x28}));
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(30_001);
  }

  @Test
  void charColumn_countsCharactersAcrossChunks() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("中");
    }
    text.append("X");
    byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
    Utf8Input in = new Utf8Input(new ByteArrayInputStream(data));
    byte[] buf = new byte[8000];
    while (in.read(buf, 0, buf.length) > 0) {
      // read everything
    }
    assertThat(in.charColumn(15_000, 15_001)).isEqualTo(5_001);
    assertThatThrownBy(() -> failure(data)).isInstanceOf(AssertionError.class);
  }
}
