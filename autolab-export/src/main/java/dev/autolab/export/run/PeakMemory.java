package dev.autolab.export.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory (Linux {@code VmHWM}), which ONNX Runtime's native buffers
 * count towards as the JVM heap does. Writing 5 to {@code /proc/self/clear_refs} resets the peak,
 * so that each variant's figure is the peak while it loads and runs.
 */
public final class PeakMemory {
  private PeakMemory() {}

  /** Resets the peak to the current resident size; false where the kernel does not allow it. */
  public static boolean reset() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Peak resident memory in MiB, or NaN where unknown. */
  public static double peakMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: unknown
    }
    return Double.NaN;
  }
}
