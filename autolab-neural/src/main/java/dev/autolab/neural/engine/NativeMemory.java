package dev.autolab.neural.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tunes glibc's allocator for tensor work. A training step allocates and frees activations and
 * gradients of hundreds of kilobytes; by default glibc serves those with fresh {@code mmap}s and
 * hands freed memory back to the kernel, so every step pays page faults again (measured: the first
 * epoch of the benchmark MLP ran at half the speed of the second). Raising the mmap threshold to
 * glibc's maximum and disabling trimming keeps that memory in the process for reuse.
 */
final class NativeMemory {
  /** glibc's {@code M_TRIM_THRESHOLD}. */
  private static final int M_TRIM_THRESHOLD = -1;

  /** glibc's {@code M_MMAP_THRESHOLD}. */
  private static final int M_MMAP_THRESHOLD = -3;

  /** 32 MiB, the largest mmap threshold glibc accepts on 64-bit systems. */
  private static final int MMAP_THRESHOLD = 32 << 20;

  /** Free memory at the top of the heap is returned only above 1 GiB. */
  private static final int TRIM_THRESHOLD = 1 << 30;

  private NativeMemory() {}

  /** The C library's allocator settings. */
  private interface LibC extends Library {
    int mallopt(int param, int value);
  }

  /** Applies the settings on glibc systems; returns whether they were taken. */
  static boolean tune() {
    if (!Platform.isLinux() || Platform.isAndroid()) {
      return false;
    }
    try {
      LibC libc = Native.load("c", LibC.class);
      return libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
          && libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1;
    } catch (UnsatisfiedLinkError e) {
      // Not glibc (musl, for one): training works, only without this tuning.
      return false;
    }
  }
}
