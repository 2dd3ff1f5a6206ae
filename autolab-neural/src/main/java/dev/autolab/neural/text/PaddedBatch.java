package dev.autolab.neural.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Token windows of different lengths as one batch of {@code rows × width} token ids, row-major, as
 * MiniLM's {@code input_ids} and {@code attention_mask} take them: each window left-aligned and
 * padded with zeros to the longest, with a mask of 1 over its tokens and 0 over the padding. The
 * encoder and the exported graph's input feeder build their batches here, so that both pad alike.
 *
 * @param ids the token ids, {@code rows * width} of them
 * @param mask 1 for a real token, 0 for padding, in the same layout
 */
public record PaddedBatch(long[] ids, long[] mask, int rows, int width) {
  public PaddedBatch {
    if (ids.length != (long) rows * width || mask.length != ids.length) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a %d x %d batch takes %d ids and as many mask values, not %d and %d",
              rows,
              width,
              (long) rows * width,
              ids.length,
              mask.length));
    }
  }

  /** The windows in order, one row each, as wide as the longest. */
  public static PaddedBatch of(List<long[]> windows) {
    int width = windows.stream().mapToInt(w -> w.length).max().orElse(0);
    long[] ids = new long[windows.size() * width];
    long[] mask = new long[ids.length];
    for (int b = 0; b < windows.size(); b++) {
      long[] window = windows.get(b);
      System.arraycopy(window, 0, ids, b * width, window.length);
      Arrays.fill(mask, b * width, b * width + window.length, 1L);
    }
    return new PaddedBatch(ids, mask, windows.size(), width);
  }

  /** The tensor shape of {@link #ids()} and {@link #mask()}: {@code {rows, width}}. */
  public long[] shape() {
    return new long[] {rows, width};
  }
}
