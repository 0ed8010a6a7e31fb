package org.jiceng.governance.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error while a long input is read: bytes read of the total (when
 * the size is known), communities done, rate and time left, redrawn at most four times a second,
 * and only after the first second unless asked for. Shown when standard error is a terminal, or
 * always with {@code --progress}; never with {@code --no-progress}.
 */
final class ProgressLine {
  private static final long FIRST_AFTER_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean forced;
  private final ResourceBundle messages;
  private final Locale locale;
  private final long total;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private boolean shown;
  private long bytes;
  private int communities;

  /**
   * Creates a line.
   *
   * @param err standard error
   * @param choice true (--progress), false (--no-progress) or null (when stderr is a terminal)
   * @param messages the tool's messages
   * @param locale the language of numbers
   * @param total the input's size in bytes, or -1 when unknown
   */
  ProgressLine(PrintWriter err, Boolean choice, ResourceBundle messages, Locale locale, long total) {
    this(err, choice, ProgressLine::stderrIsTerminal, System::nanoTime, messages, locale, total);
  }

  /**
   * Creates a line with the terminal check and the clock given (tests inject both).
   *
   * @param terminal tells whether standard error is a terminal; asked only when {@code choice} is null
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  ProgressLine(PrintWriter err, Boolean choice, BooleanSupplier terminal, LongSupplier clock, ResourceBundle messages, Locale locale,
      long total) {
    this.err = err;
    this.forced = Boolean.TRUE.equals(choice);
    this.enabled = choice != null ? choice : terminal.getAsBoolean();
    this.messages = messages;
    this.locale = locale;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * The size of a file, or -1 when it has none (a pipe, standard input).
   *
   * @param file the file, may be null for standard input
   * @return the size
   */
  static long sizeOf(Path file) {
    try {
      return file != null && Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Tells whether standard error is a terminal (Linux: its descriptor links to a tty).
   *
   * @return true on a terminal
   */
  static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Wraps an input so that the bytes read are counted.
   *
   * @param in the input
   * @return the counting input
   */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
  }

  /**
   * Tells that one more community was checked.
   *
   * @param done the communities checked so far
   */
  void tick(int done) {
    communities = done;
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if ((forced || now - start > FIRST_AFTER_NANOS) && now - last > EVERY_NANOS) {
      last = now;
      draw(now);
    }
  }

  /** Ends the line (a final redraw when forced, so that a short run shows its totals too). */
  void done() {
    if (enabled && forced && !shown) {
      draw(clock.getAsLong());
    }
    if (shown) {
      err.println();
      err.flush();
      shown = false;
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double mb = bytes / 1e6;
    double rate = mb / seconds;
    String line;
    if (total > 0) {
      double fraction = Math.min(1.0, bytes / (double) total);
      long left = fraction > 0 ? Math.round(seconds * (1 - fraction) / fraction) : -1;
      line = new MessageFormat(messages.getString("progress.sized"), locale).format(new Object[] {mb, total / 1e6,
          Math.round(fraction * 100), communities, rate, left});
    } else {
      line = new MessageFormat(messages.getString("progress.unsized"), locale).format(new Object[] {mb, communities, rate});
    }
    err.print("\r" + line);
    err.flush();
    shown = true;
  }
}
