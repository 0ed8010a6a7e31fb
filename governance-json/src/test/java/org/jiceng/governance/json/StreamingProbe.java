package org.jiceng.governance.json;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM with a small heap by {@link StreamingMemoryTest}: streams a file and prints
 * the grids seen and the peak heap used.
 */
public final class StreamingProbe {
  private StreamingProbe() {}

  public static void main(String[] args) {
    AtomicLong households = new AtomicLong();
    ReadSummary s =
        DatasetReader.strict()
            .forEachCommunity(Path.of(args[0]), t -> households.addAndGet(t.getJurisdiction().getHouseholds(t.getCommunity().getId())));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("grids=" + s.getGrids() + " communities=" + s.getCommunities() + " households=" + households.get() + " peakHeapMiB=" + peak / (1024 * 1024));
  }
}
