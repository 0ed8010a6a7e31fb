package org.jiceng.governance.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.jiceng.governance.json.CommunityLinesFormatException;
import org.jiceng.governance.json.FormatProblem;

/**
 * Cuts a byte stream into lines ({@code \n}, a {@code \r} before it dropped) one at a time, into
 * one reused buffer, counting line numbers. A line longer than the limit is skipped to its end and
 * reported, so that a lenient reader can go on. Not API.
 */
public final class LineSplitter {
  private final InputStream in;
  private final String source;
  private final int maxLength;
  private final java.util.Locale locale;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1 << 12];
  private int length;
  private long number;
  private boolean ended;

  /**
   * Creates a splitter.
   *
   * @param in the stream, not closed by the splitter
   * @param source the label of the input in problems
   * @param maxLength the longest line accepted, in bytes
   * @param locale the language of problems
   */
  public LineSplitter(InputStream in, String source, int maxLength, java.util.Locale locale) {
    this.in = in;
    this.source = source;
    this.maxLength = maxLength;
    this.locale = locale;
  }

  /**
   * Moves to the next line. A final line break does not start another (empty) line.
   *
   * @return false at the end of the input
   * @throws CommunityLinesFormatException if the line is longer than the limit (the splitter is then at
   *     the following line, so reading can go on)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public boolean next() {
    if (ended) {
      return false;
    }
    length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        ended = true;
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int start = chunkPos;
      int end = start;
      while (end < chunkEnd && chunk[end] != '\n') {
        end++;
      }
      if (!tooLong) {
        int n = end - start;
        if ((long) length + n > maxLength) {
          tooLong = true;
        } else {
          append(start, n);
        }
      }
      chunkPos = end;
      if (end < chunkEnd) {
        chunkPos++;
        break;
      }
    }
    number++;
    if (tooLong) {
      throw new CommunityLinesFormatException(List.of(FormatProblem.of(source, (int) Math.min(Integer.MAX_VALUE, number), 1, "",
          Msg.of("lines.too-long", maxLength).render(locale))), null);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk, 0, chunk.length);
      if (n <= 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private void append(int start, int n) {
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxLength, line.length * 2)));
    }
    System.arraycopy(chunk, start, line, length, n);
    length += n;
  }

  /**
   * Returns the buffer holding the current line from index 0; valid until the next call.
   *
   * @return the buffer
   */
  public byte[] bytes() {
    return line;
  }

  /**
   * Returns the current line's length in bytes.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  /**
   * Returns the 1-based number of the current line.
   *
   * @return the number
   */
  public long number() {
    return number;
  }
}
