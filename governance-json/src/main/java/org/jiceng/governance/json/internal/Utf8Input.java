package org.jiceng.governance.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a UTF-8 input on their way to Jackson's byte-based parser: decoded strictly (a
 * malformed, overlong or surrogate sequence fails at its line and column) and counted, so that
 * columns reported by the parser, which counts bytes, can be turned into columns in characters,
 * as editors count them. Not API.
 *
 * <p>Why not a {@code Reader}: decoding through a {@code Reader} costs a copy of every character
 * and makes Jackson use its slower char-based parser; this pass only looks at each byte once.
 *
 * <p>The last {@link #WINDOW} chunks handed to the parser are kept, with the number of
 * continuation bytes before every 64-byte block, so that a position inside them is converted in
 * a few steps. Positions older than the window (a token that started more than a quarter of a
 * megabyte earlier) keep their byte column: no token of a valid dataset is that long.
 */
public final class Utf8Input extends InputStream {
  /** Chunks kept: enough for the longest string the reader accepts (65,536 chars of 3 bytes). */
  static final int WINDOW = 32;

  private static final int CHUNK = 8192;
  private static final int BLOCK_SHIFT = 6;

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private final InputStream in;
  private final byte[][] chunks = new byte[WINDOW][CHUNK];
  private final int[][] blockCounts = new int[WINDOW][(CHUNK >> BLOCK_SHIFT) + 1];
  private final long[] chunkStart = new long[WINDOW];
  private final long[] chunkCont = new long[WINDOW];
  private final long[] chunkNewlines = new long[WINDOW];
  private final int[] chunkLength = new int[WINDOW];
  private int newest = -1;
  private int filled;

  /** Bytes handed out so far, and the continuation bytes and line feeds among them. */
  private long offset;
  private long continuations;
  private long newlines;

  /** The start of the last line seen: its byte offset and the continuation bytes before it. */
  private long lineStart;
  private long lineStartCont;

  /** Decoder state: continuation bytes still expected, the bounds of the next one, where the sequence began. */
  private int expect;
  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceStart;

  /**
   * Wraps a stream positioned after any byte-order mark.
   *
   * @param in the stream
   */
  public Utf8Input(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = in.read(b, off, Math.min(len, CHUNK));
    if (n <= 0) {
      if (expect > 0) {
        throw malformed(sequenceStart, Msg.of("utf8.truncated"));
      }
      return n;
    }
    newest = (newest + 1) % WINDOW;
    filled = Math.min(filled + 1, WINDOW);
    byte[] copy = chunks[newest];
    System.arraycopy(b, off, copy, 0, n);
    chunkStart[newest] = offset;
    chunkCont[newest] = continuations;
    chunkNewlines[newest] = newlines;
    chunkLength[newest] = n;
    long counts = countBlocks(copy, n, blockCounts[newest]);
    continuations += counts >>> 32;
    newlines += counts & 0xFFFFFFFFL;
    offset += n;
    int last = lastNewline(copy, n);
    if (last >= 0) {
      lineStart = chunkStart[newest] + last + 1;
      lineStartCont = continuationsBefore(lineStart);
    }
    validate(copy, n, chunkStart[newest]);
    return n;
  }

  /** Checks that the chunk continues a valid UTF-8 text: ASCII eight bytes at a time. */
  private void validate(byte[] b, int n, long base) throws IOException {
    int i = 0;
    while (i < n) {
      if (expect == 0) {
        if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
        int x = b[i];
        if (x >= 0) {
          i++;
          continue;
        }
        x &= 0xFF;
        // A whole three-byte character of the common kind (most of CJK) in one step.
        if (x >= 0xE1 && x <= 0xEF && x != 0xED && i + 2 < n && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
          i += 3;
          continue;
        }
        sequenceStart = base + i;
        i++;
        if (x >= 0xC2 && x <= 0xDF) {
          expect = 1;
        } else if (x >= 0xE0 && x <= 0xEF) {
          expect = 2;
          lower = x == 0xE0 ? 0xA0 : 0x80; // no overlong forms
          upper = x == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (x >= 0xF0 && x <= 0xF4) {
          expect = 3;
          lower = x == 0xF0 ? 0x90 : 0x80;
          upper = x == 0xF4 ? 0x8F : 0xBF;
        } else {
          throw malformed(sequenceStart, Msg.of("utf8.bad-start", String.format("%02X", x)));
        }
        continue;
      }
      int x = b[i++] & 0xFF;
      if (x < lower || x > upper) {
        throw malformed(sequenceStart, Msg.of("utf8.bad-continuation", String.format("%02X", x)));
      }
      expect--;
      lower = 0x80;
      upper = 0xBF;
    }
  }

  /**
   * Records the continuation bytes before each 64-byte block of a chunk, eight bytes at a time;
   * returns the chunk's continuation bytes (high half) and line feeds (low half).
   */
  private static long countBlocks(byte[] b, int n, int[] blocks) {
    int cont = 0;
    int lf = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      if ((i & ((1 << BLOCK_SHIFT) - 1)) == 0) {
        blocks[i >> BLOCK_SHIFT] = cont;
      }
      long w = (long) LONGS.get(b, i);
      // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
      cont += Long.bitCount(w & ~(w << 1) & HIGH_BITS);
      // Exact count of the bytes equal to '\n' (no borrow between bytes).
      long x = w ^ NEWLINES;
      lf += Long.bitCount(~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN));
    }
    for (; i < n; i++) {
      if ((i & ((1 << BLOCK_SHIFT) - 1)) == 0) {
        blocks[i >> BLOCK_SHIFT] = cont;
      }
      if ((b[i] & 0xC0) == 0x80) {
        cont++;
      }
      if (b[i] == '\n') {
        lf++;
      }
    }
    if ((n & ((1 << BLOCK_SHIFT) - 1)) == 0) {
      blocks[n >> BLOCK_SHIFT] = cont;
    }
    return ((long) cont << 32) | lf;
  }

  /** The index of the last line feed in the first {@code n} bytes, or -1. */
  private static int lastNewline(byte[] b, int n) {
    int i = n;
    while (i >= 8) {
      long x = (long) LONGS.get(b, i - 8) ^ NEWLINES;
      if ((~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN)) != 0) {
        break;
      }
      i -= 8;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (b[k] == '\n') {
        return k;
      }
    }
    return -1;
  }

  /**
   * Locates a bad byte: its line (line feeds before it, plus one) and its column in characters.
   * A line that started before the window (a quarter of a megabyte back) is counted from there.
   */
  private MalformedUtf8Exception malformed(long at, Msg what) {
    int c = chunkOf(at);
    if (c < 0) {
      return new MalformedUtf8Exception(1, 1, what);
    }
    int rel = (int) (at - chunkStart[c]);
    long line = chunkNewlines[c] + 1;
    byte[] bytes = chunks[c];
    for (int i = 0; i < rel; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    long start = -1;
    for (int k = 0; k < filled && start < 0; k++) {
      int cc = Math.floorMod(c - k, WINDOW);
      if (k > 0 && chunkStart[cc] >= chunkStart[c]) {
        break;
      }
      int from = cc == c ? rel : chunkLength[cc];
      for (int i = from - 1; i >= 0; i--) {
        if (chunks[cc][i] == '\n') {
          start = chunkStart[cc] + i + 1;
          break;
        }
      }
      if (start < 0 && chunkNewlines[cc] == 0) {
        start = 0;
      }
    }
    if (start < 0 || continuationsBefore(start) < 0) {
      start = chunkStart[Math.floorMod(newest - filled + 1, WINDOW)];
    }
    long column = (at - start) - (continuationsBefore(at) - continuationsBefore(start)) + 1;
    return new MalformedUtf8Exception((int) Math.min(Integer.MAX_VALUE, line), (int) Math.min(Integer.MAX_VALUE, column), what);
  }

  /**
   * Converts a position the byte-based parser reported into a column in characters.
   *
   * @param byteOffset the token's byte offset in the input
   * @param byteColumn the parser's column of the token, counted in bytes from 1
   * @return the column counted in characters from 1
   */
  public int charColumn(long byteOffset, int byteColumn) {
    long start = byteOffset - (byteColumn - 1);
    long atToken = continuationsBefore(byteOffset);
    long atStart = start == lineStart ? lineStartCont : start == 0 ? 0 : continuationsBefore(start);
    if (atToken < 0 || atStart < 0) {
      return byteColumn;
    }
    return (int) (byteColumn - (atToken - atStart));
  }

  private int chunkOf(long position) {
    for (int k = 0; k < filled; k++) {
      int c = Math.floorMod(newest - k, WINDOW);
      long s = chunkStart[c];
      if (position >= s && position < s + chunkLength[c]) {
        return c;
      }
    }
    return -1;
  }

  /** Continuation bytes before a position in the window; -1 when it left the window. */
  private long continuationsBefore(long position) {
    if (position >= offset) {
      return position == offset ? continuations : -1;
    }
    int c = chunkOf(position);
    if (c < 0) {
      return -1;
    }
    int rel = (int) (position - chunkStart[c]);
    int block = rel >> BLOCK_SHIFT;
    long count = chunkCont[c] + blockCounts[c][block];
    byte[] bytes = chunks[c];
    for (int i = block << BLOCK_SHIFT; i < rel; i++) {
      if ((bytes[i] & 0xC0) == 0x80) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Malformed UTF-8 at a line and a column counted in characters. */
  public static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    // The English message is what serialization keeps.
    private final transient Msg what;

    MalformedUtf8Exception(int line, int column, Msg what) {
      super(what.render(java.util.Locale.ENGLISH));
      this.line = line;
      this.column = column;
      this.what = what;
    }

    /**
     * Returns what is wrong, to be rendered in the reader's language.
     *
     * @return the message, or a literal of the English one after deserialization
     */
    Msg describe() {
      return what == null ? Msg.literal(getMessage()) : what;
    }

    /**
     * Returns the line of the bad sequence.
     *
     * @return the line, from 1
     */
    public int getLine() {
      return line;
    }

    /**
     * Returns the column of the bad sequence.
     *
     * @return the column in characters, from 1
     */
    public int getColumn() {
      return column;
    }
  }
}
