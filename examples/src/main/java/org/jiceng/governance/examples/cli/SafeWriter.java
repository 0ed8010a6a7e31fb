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
  private final StringBuilder pending = new StringBuilder();

  SafeWriter(Writer out) {
    this.out = out;
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
    out.write(DisplayText.escape(PersonalData.mask(pending.subSequence(0, end)), true));
    pending.delete(0, end);
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
