package org.jiceng.governance.json.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Location;
import org.jiceng.governance.rules.compliance.Severity;

/**
 * Findings on their way to a report that lists them in an order other than the order they were
 * found in, in bounded memory: up to {@code inMemory} findings are held, sorted; beyond that each
 * sorted batch is written to a temporary file, and {@link #sorted()} merges the batches. Not API.
 */
public final class FindingSpool implements Consumer<Finding>, Closeable {
  private final Comparator<Finding> order;
  private final int inMemory;
  private final List<Finding> batch = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private final List<DataInputStream> open = new ArrayList<>();
  private long count;

  /**
   * Creates a spool.
   *
   * @param order the order of {@link #sorted()}
   * @param inMemory the findings held in memory before a batch is written out
   */
  public FindingSpool(Comparator<Finding> order, int inMemory) {
    this.order = order;
    this.inMemory = Math.max(1, inMemory);
  }

  @Override
  public void accept(Finding f) {
    batch.add(f);
    count++;
    if (batch.size() >= inMemory) {
      spill();
    }
  }

  /**
   * Returns how many findings were added.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns how many batches went to temporary files.
   *
   * @return the number of files
   */
  public int spilled() {
    return runs.size();
  }

  private void spill() {
    batch.sort(order);
    try {
      Path file = Files.createTempFile("jiceng-findings-", ".bin");
      file.toFile().deleteOnExit();
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        for (Finding f : batch) {
          write(out, f);
        }
      }
      runs.add(file);
      batch.clear();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write findings to a temporary file: " + e.getMessage(), e);
    }
  }

  /**
   * Returns every finding added, in order. Call once.
   *
   * @return the findings
   */
  public Iterator<Finding> sorted() {
    batch.sort(order);
    if (runs.isEmpty()) {
      return batch.iterator();
    }
    PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.finding, b.finding));
    if (!batch.isEmpty()) {
      Iterator<Finding> mem = batch.iterator();
      heads.add(new Head(mem.next(), mem::hasNext, mem::next));
    }
    try {
      for (Path run : runs) {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 14));
        open.add(in);
        Finding first = read(in);
        if (first != null) {
          heads.add(new Head(first, () -> true, () -> read(in)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read findings back from a temporary file: " + e.getMessage(), e);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Finding next() {
        Head h = heads.poll();
        if (h == null) {
          throw new NoSuchElementException();
        }
        Finding out = h.finding;
        if (h.more.getAsBoolean()) {
          Finding n = h.next.get();
          if (n != null) {
            h.finding = n;
            heads.add(h);
          }
        }
        return out;
      }
    };
  }

  @Override
  public void close() {
    for (DataInputStream in : open) {
      try {
        in.close();
      } catch (IOException e) {
        // a temporary file: nothing to lose
      }
    }
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        // deleteOnExit() was requested too
      }
    }
  }

  /** The next finding of one sorted batch. */
  private static final class Head {
    Finding finding;
    final java.util.function.BooleanSupplier more;
    final java.util.function.Supplier<Finding> next;

    Head(Finding finding, java.util.function.BooleanSupplier more, java.util.function.Supplier<Finding> next) {
      this.finding = finding;
      this.more = more;
      this.next = next;
    }
  }

  static void write(DataOutputStream out, Finding f) throws IOException {
    out.writeBoolean(true);
    str(out, f.getRule());
    str(out, f.getSeverity().name());
    str(out, f.getSubject());
    optional(out, f.getCommunity());
    optional(out, f.getCommunityName());
    out.writeBoolean(f.getLocation().isPresent());
    if (f.getLocation().isPresent()) {
      Location l = f.getLocation().get();
      str(out, l.getPath());
      out.writeInt(l.getLine());
      out.writeInt(l.getColumn());
    }
    str(out, f.getMeasured());
    str(out, f.getExpected());
    str(out, f.getSource());
    str(out, f.getSourceZh());
    str(out, f.getBundle());
    optional(out, f.getBundleModule());
    str(out, f.getMessageKey());
    out.writeInt(f.getMessageArguments().size());
    for (String a : f.getMessageArguments()) {
      str(out, a);
    }
  }

  /** Reads the next finding, null at the end. */
  static Finding read(DataInputStream in) {
    try {
      if (!in.readBoolean()) {
        return null;
      }
      Finding.Builder b = Finding.builder().rule(str(in)).severity(Severity.valueOf(str(in))).subject(str(in));
      optional(in).ifPresent(b::community);
      optional(in).ifPresent(b::communityName);
      if (in.readBoolean()) {
        b.location(Location.of(str(in), in.readInt(), in.readInt()));
      }
      b.measured(str(in)).expected(str(in)).source(str(in)).sourceZh(str(in)).bundle(str(in));
      optional(in).ifPresent(b::bundleModule);
      b.messageKey(str(in));
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        b.addMessageArguments(str(in));
      }
      return b.build();
    } catch (EOFException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read findings back from a temporary file: " + e.getMessage(), e);
    }
  }

  /** A string of any length (writeUTF stops at 65,535 bytes). */
  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void optional(DataOutputStream out, Optional<String> v) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      str(out, v.get());
    }
  }

  private static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
  }
}
