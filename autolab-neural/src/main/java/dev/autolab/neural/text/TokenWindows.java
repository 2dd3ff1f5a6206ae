package dev.autolab.neural.text;

import java.util.Arrays;

/**
 * The two windows of a tokenized text that {@code minilm-mlp} encodes: its first {@link #SIZE}
 * tokens and its last {@link #SIZE}, each a complete sequence with the tokenizer's leading {@code
 * [CLS]} and closing {@code [SEP]}. A text that fits in one window has the same window twice.
 *
 * <p>Why two: MiniLM reads at most 256 tokens, and 40% of the spam corpus's e-mails are longer;
 * their endings (signatures, list footers, unsubscribe lines) carry much of the class. Encoding the
 * head and the tail and putting the two vectors side by side raised a head-only classifier's test
 * macro-F1 on that corpus by about a point, for a second pass over the long texts only.
 *
 * <p>The exported graph takes the windows as consecutive rows of {@code input_ids}: row 2i is text
 * i's head, row 2i+1 its tail; the model card's Python example builds them the same way.
 */
public final class TokenWindows {
  /** Tokens per window, specials included: sentence-transformers' max_seq_length here. */
  public static final int SIZE = MiniLmEncoder.MAX_TOKENS;

  private TokenWindows() {}

  /** Whether a text of these token ids needs a second window. */
  public static boolean isLong(long[] ids) {
    return ids.length > SIZE;
  }

  /** {@code [CLS]} and the first tokens, closed by {@code [SEP]}: what truncation would keep. */
  public static long[] head(long[] ids) {
    if (!isLong(ids)) {
      return ids;
    }
    long[] window = Arrays.copyOf(ids, SIZE);
    window[SIZE - 1] = ids[ids.length - 1];
    return window;
  }

  /** {@code [CLS]} and the last tokens, up to and including the closing {@code [SEP]}. */
  public static long[] tail(long[] ids) {
    if (!isLong(ids)) {
      return ids;
    }
    long[] window = new long[SIZE];
    window[0] = ids[0];
    System.arraycopy(ids, ids.length - (SIZE - 1), window, 1, SIZE - 1);
    return window;
  }
}
