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
  private static final long LOW_BITS = 0x0101010101010101L;

  private final InputStream in;
  private final byte[][] chunks = new byte[WINDOW][CHUNK];
  private final int[][] blockCounts = new int[WINDOW][(CHUNK >> BLOCK_SHIFT) + 1];
  private final long[] chunkStart = new long[WINDOW];
  private final long[] chunkCont = new long[WINDOW];
  private final int[] chunkLength = new int[WINDOW];
  private int newest = -1;
  private int filled;

  /** Bytes handed out so far, and continuation bytes among them. */
  private long offset;
  private long continuations;

  /** The start of the line the scan is in: its byte offset and the continuation bytes before it. */
  private long lineStart;
  private long lineStartCont;
  private int line = 1;
  private boolean pendingCr;

  /** Decoder state: continuation bytes still expected, and the bounds of the next one. */
  private int expect;
  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceStart;
  private long sequenceStartCont;
  private int sequenceLine;
  private long sequenceLineStart;
  private long sequenceLineStartCont;

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
        throw malformed(sequenceLine, sequenceLineStart, sequenceLineStartCont, sequenceStart, sequenceStartCont,
            "the input ends inside a UTF-8 sequence");
      }
      return n;
    }
    newest = (newest + 1) % WINDOW;
    filled = Math.min(filled + 1, WINDOW);
    byte[] copy = chunks[newest];
    System.arraycopy(b, off, copy, 0, n);
    chunkStart[newest] = offset;
    chunkCont[newest] = continuations;
    chunkLength[newest] = n;
    scan(copy, n, blockCounts[newest]);
    return n;
  }

  /** Validates and counts one chunk. */
  private void scan(byte[] b, int n, int[] blocks) throws IOException {
    long base = offset;
    long cont = continuations;
    long chunkCont0 = cont;
    int i = 0;
    while (i < n) {
      if ((i & ((1 << BLOCK_SHIFT) - 1)) == 0) {
        blocks[i >> BLOCK_SHIFT] = (int) (cont - chunkCont0);
      }
      // Eight ASCII bytes without a line break at a time: most of a dataset.
      if (expect == 0 && (i & 7) == 0 && i + 8 <= n) {
        long w = (long) LONGS.get(b, i);
        if ((w & HIGH_BITS) == 0 && !hasByte(w, 0x0A0A0A0A0A0A0A0AL) && !hasByte(w, 0x0D0D0D0D0D0D0D0DL)) {
          pendingCr = false;
          i += 8;
          continue;
        }
      }
      int x = b[i++];
      if (x >= 0 && expect == 0) {
        if (x == '\n') {
          if (!pendingCr) {
            line++;
          }
          pendingCr = false;
          lineStart = base + i;
          lineStartCont = cont;
        } else if (x == '\r') {
          line++;
          pendingCr = true;
          lineStart = base + i;
          lineStartCont = cont;
        } else {
          pendingCr = false;
        }
        continue;
      }
      pendingCr = false;
      x &= 0xFF;
      if (expect > 0) {
        if (x < lower || x > upper) {
          throw malformed(sequenceLine, sequenceLineStart, sequenceLineStartCont, sequenceStart, sequenceStartCont,
              String.format("invalid UTF-8: byte 0x%02X cannot continue the sequence", x));
        }
        cont++;
        expect--;
        lower = 0x80;
        upper = 0xBF;
        continue;
      }
      sequenceStart = base + i - 1;
      sequenceStartCont = cont;
      sequenceLine = line;
      sequenceLineStart = lineStart;
      sequenceLineStartCont = lineStartCont;
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
        throw malformed(line, lineStart, lineStartCont, base + i - 1, cont,
            String.format("invalid UTF-8: byte 0x%02X cannot start a character", x));
      }
    }
    blocks[(n + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT] = (int) (cont - chunkCont0);
    offset = base + n;
    continuations = cont;
  }

  /** Whether a byte of {@code w} equals the byte repeated in {@code pattern} (ASCII words only). */
  private static boolean hasByte(long w, long pattern) {
    long x = w ^ pattern;
    return ((x - LOW_BITS) & ~x & HIGH_BITS) != 0;
  }

  private MalformedUtf8Exception malformed(int atLine, long start, long startCont, long at, long atCont, String what) {
    int column = (int) ((at - start) - (atCont - startCont)) + 1;
    return new MalformedUtf8Exception(atLine, column, what);
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
    long atStart = start == lineStart ? lineStartCont : continuationsBefore(start);
    if (atToken < 0 || atStart < 0) {
      return byteColumn;
    }
    return (int) (byteColumn - (atToken - atStart));
  }

  /** Continuation bytes before a position in the window; -1 when it left the window. */
  private long continuationsBefore(long position) {
    if (position >= offset) {
      return position == offset ? continuations : -1;
    }
    for (int k = 0; k < filled; k++) {
      int c = Math.floorMod(newest - k, WINDOW);
      long s = chunkStart[c];
      if (position >= s && position < s + chunkLength[c]) {
        int rel = (int) (position - s);
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
    }
    return -1;
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

    MalformedUtf8Exception(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
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
