package dev.autolab.train.supervise;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the memory a run uses. With a limit: the process's resident set (heap, native engines and
 * all), from {@code /proc/self/statm}. Without one: the heap left live after the last garbage
 * collection against the heap's maximum, so garbage waiting to be collected is not mistaken for
 * pressure.
 */
public final class MemoryProbe {
  private static final Path STATM = Path.of("/proc/self/statm");
  private static final long PAGE = 4096;

  private final long limit;

  /**
   * @param limit bytes the process may use, or 0 to watch the heap against its maximum
   */
  public MemoryProbe(long limit) {
    this.limit = limit;
  }

  /** Reads the memory now into {@code signals}. */
  public void read(Signals signals) {
    if (limit > 0) {
      signals.memory(residentBytes(), limit, "process RSS");
      return;
    }
    long used = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && after != null) {
        used += after.getUsed();
        max += Math.max(0, after.getMax());
      }
    }
    signals.memory(used, Math.min(max, Runtime.getRuntime().maxMemory()), "heap after GC");
  }

  /** The process's resident set in bytes; 0 where {@code /proc} is not there. */
  public static long residentBytes() {
    try {
      String[] fields = Files.readString(STATM).trim().split("\\s+");
      return Long.parseLong(fields[1]) * PAGE;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
