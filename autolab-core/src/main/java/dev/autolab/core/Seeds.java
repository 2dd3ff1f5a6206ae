package dev.autolab.core;

import java.nio.charset.StandardCharsets;

/** Derives independent, reproducible seeds for each stage from the run's seed. */
public final class Seeds {
  private Seeds() {}

  /**
   * A seed for one stage (e.g. "split", "xgboost"): the same run seed and stage always give the
   * same value, and different stages give unrelated values (SplitMix64 finalizer over the mix).
   */
  public static long derive(long runSeed, String stage) {
    long h = runSeed;
    for (byte b : stage.getBytes(StandardCharsets.UTF_8)) {
      h = h * 31 + b;
    }
    return mix(h ^ 0x9E3779B97F4A7C15L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
