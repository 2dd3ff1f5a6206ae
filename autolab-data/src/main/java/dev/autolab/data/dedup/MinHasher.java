package dev.autolab.data.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate texts by MinHash signatures over word 3-shingles and locality-sensitive hashing
 * (Broder 1997; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3): {@value #BANDS}
 * bands of {@value #ROWS} hashes make pairs above a Jaccard similarity of about 0.5 likely
 * candidates, and a candidate counts when its signatures agree on at least {@link #THRESHOLD} of
 * the hashes (the estimate of its Jaccard similarity). Written here because it is a few dozen lines
 * and the libraries that have it bring a cluster framework with them.
 */
final class MinHasher {
  static final int BANDS = 16;
  static final int ROWS = 4;
  static final double THRESHOLD = 0.8;
  private static final int HASHES = BANDS * ROWS;
  private static final int SHINGLE = 3;

  private final long[] seeds = new long[HASHES];

  MinHasher(long seed) {
    long s = seed;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  /** The signature of a text; {@code null} for a text with no words. */
  long[] signature(String text) {
    Set<Long> shingles = shingles(text);
    if (shingles.isEmpty()) {
      return null;
    }
    long[] signature = new long[HASHES];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(shingle ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /**
   * For each text (by index), the index of an earlier text it nearly duplicates, or -1. The earlier
   * text is the first candidate found above the threshold.
   */
  int[] earlierMatches(List<long[]> signatures) {
    int[] match = new int[signatures.size()];
    java.util.Arrays.fill(match, -1);
    List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      buckets.add(new HashMap<>());
    }
    for (int i = 0; i < signatures.size(); i++) {
      long[] sig = signatures.get(i);
      if (sig == null) {
        continue;
      }
      for (int b = 0; b < BANDS && match[i] < 0; b++) {
        for (int j : buckets.get(b).getOrDefault(band(sig, b), List.of())) {
          if (similarity(sig, signatures.get(j)) >= THRESHOLD) {
            match[i] = j;
            break;
          }
        }
      }
      for (int b = 0; b < BANDS; b++) {
        buckets.get(b).computeIfAbsent(band(sig, b), k -> new ArrayList<>()).add(i);
      }
    }
    return match;
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  private static long band(long[] sig, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[b * ROWS + r]);
    }
    return h;
  }

  private static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    Set<Long> shingles = new HashSet<>();
    int n = Math.min(SHINGLE, kept.size());
    for (int i = 0; n > 0 && i + n <= kept.size(); i++) {
      shingles.add(mix(String.join(" ", kept.subList(i, i + n)).hashCode() * 0xC2B2AE3D27D4EB4FL));
    }
    return shingles;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
