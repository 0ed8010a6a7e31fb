package org.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.Writer;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.PersonalData;

/**
 * Writes text with personal data masked and control characters (other than line breaks and tabs)
 * and bidirectional overrides escaped, line by line, so that whatever a command prints on standard
 * error (messages quoting a file, picocli's own) obeys the one policy of {@link DisplayText}. A run
 * of digits is held back until it is complete, so that a number split across writes is still
 * masked; {@link #drain()} writes what is held.
 */
final class SafeWriter extends Writer {
  private final Writer out;
  private final boolean json;
  private final StringBuilder pending = new StringBuilder();

  /**
   * Makes a writer for text.
   *
   * @param out where the safe text goes
   */
  SafeWriter(Writer out) {
    this(out, false);
  }

  /**
   * Makes a writer for text or for JSON. In JSON only the insides of string literals are masked and
   * escaped (as {@code \\uXXXX}, a JSON escape), so that numbers and structure stay as written.
   *
   * @param out where the safe text goes
   * @param json whether the text is JSON whose string literals do not span lines
   */
  SafeWriter(Writer out, boolean json) {
    this.out = out;
    this.json = json;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      pending.append(cbuf[i]);
      if (cbuf[i] == '\n') {
        emit(pending.length());
      }
    }
  }

  private void emit(int end) throws IOException {
    if (json) {
      out.write(safeStrings(pending.substring(0, end)));
    } else {
      out.write(safe(pending.subSequence(0, end)));
    }
    pending.delete(0, end);
  }

  private static String safe(CharSequence text) {
    return DisplayText.escape(PersonalData.mask(text), true);
  }

  /** Makes the string literals of a line of JSON safe; the rest stays as it is. */
  private static String safeStrings(String line) {
    StringBuilder b = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('"', i);
      if (open < 0) {
        b.append(line, i, line.length());
        break;
      }
      int close = open + 1;
      while (close < line.length() && line.charAt(close) != '"') {
        close += line.charAt(close) == '\\' ? 2 : 1;
      }
      close = Math.min(close, line.length());
      b.append(line, i, open + 1).append(safe(line.substring(open + 1, close)));
      if (close < line.length()) {
        b.append('"');
      }
      i = close + 1;
    }
    return b.toString();
  }

  @Override
  public void flush() throws IOException {
    int end = pending.length();
    while (end > 0 && isNumberPart(pending.charAt(end - 1))) {
      end--;
    }
    emit(end);
    out.flush();
  }

  private static boolean isNumberPart(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  /** Writes everything held back and flushes. */
  void drain() throws IOException {
    emit(pending.length());
    out.flush();
  }

  /** Drains; the underlying writer stays open, as it belongs to the caller. */
  @Override
  public void close() throws IOException {
    drain();
  }
}
