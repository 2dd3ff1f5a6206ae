package dev.autolab.train.features;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a text into hashed n-gram ids (the hashing trick): word n-grams over tokens of two or more
 * word characters (scikit-learn's {@code \b\w\w+\b}), or character n-grams over the text with runs
 * of white space collapsed. Text is lower-cased. Hashing keeps memory bounded and needs no
 * vocabulary pass; {@link TfidfBlock} keeps only the buckets seen often enough, so collisions among
 * rare n-grams cost nothing.
 *
 * @param kind {@code word} or {@code char}
 * @param minN the shortest n-gram (tokens for words, characters for chars)
 * @param maxN the longest n-gram
 * @param maxChars only the first this many characters are read, which bounds the cost of one huge
 *     document (a mail with a 200 kB attachment) without losing what a reader sees first
 * @param hashBits the ids lie in {@code [0, 2^hashBits)}
 */
public record NgramAnalyzer(String kind, int minN, int maxN, int maxChars, int hashBits) {
  public static final String WORD = "word";
  public static final String CHAR = "char";

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  public NgramAnalyzer {
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals(WORD) && !kind.equals(CHAR)) {
      throw new IllegalArgumentException("kind must be word or char, not " + kind);
    }
    if (minN < 1 || maxN < minN || maxChars < 1 || hashBits < 8 || hashBits > 30) {
      throw new IllegalArgumentException("bad n-gram settings " + minN + ".." + maxN);
    }
  }

  /** The number of distinct ids. */
  public int buckets() {
    return 1 << hashBits;
  }

  /** The n-gram counts of {@code text} (null counts as empty). */
  public TermCounts count(String text) {
    String cut = text == null ? "" : text.substring(0, Math.min(text.length(), maxChars));
    String lower = cut.toLowerCase(Locale.ROOT);
    int[] ids = kind.equals(WORD) ? wordIds(lower) : charIds(collapseSpaces(lower));
    return TermCounts.of(ids);
  }

  private int[] wordIds(String text) {
    long[] tokens = tokenHashes(text);
    IntBuffer out = new IntBuffer(tokens.length * (maxN - minN + 1));
    for (int start = 0; start < tokens.length; start++) {
      long h = FNV_OFFSET;
      for (int n = 1; n <= maxN && start + n <= tokens.length; n++) {
        h = (h ^ tokens[start + n - 1]) * FNV_PRIME;
        if (n >= minN) {
          out.add(bucket(h + n));
        }
      }
    }
    return out.toArray();
  }

  /** One 64-bit hash per token, a token being a run of at least two word characters. */
  private static long[] tokenHashes(String text) {
    long[] hashes = new long[16];
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      long h = FNV_OFFSET;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        h = (h ^ text.charAt(i++)) * FNV_PRIME;
      }
      if (i - start >= 2) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = h;
      }
    }
    return Arrays.copyOf(hashes, count);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private int[] charIds(String text) {
    IntBuffer out = new IntBuffer(text.length() * (maxN - minN + 1));
    for (int start = 0; start < text.length(); start++) {
      long h = FNV_OFFSET;
      for (int n = 1; n <= maxN && start + n <= text.length(); n++) {
        h = (h ^ text.charAt(start + n - 1)) * FNV_PRIME;
        if (n >= minN) {
          out.add(bucket(h + n));
        }
      }
    }
    return out.toArray();
  }

  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean lastSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c);
      if (!space || !lastSpace) {
        out.append(space ? ' ' : c);
      }
      lastSpace = space;
    }
    return out.toString();
  }

  /** The top bits of a SplitMix64-finalised hash, so every bit of the n-gram moves the bucket. */
  private int bucket(long h) {
    long z = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (int) (z >>> (64 - hashBits));
  }

  /** A growable int array, to avoid boxing millions of ids. */
  private static final class IntBuffer {
    private int[] data;
    private int size;

    IntBuffer(int capacity) {
      data = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
