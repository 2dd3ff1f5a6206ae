package dev.autolab.neural.net;

import ai.djl.ndarray.NDArray;
import java.util.SplittableRandom;

/**
 * Dropout whose masks are drawn from a generator the training owns, not from the engine's
 * process-wide one: two trainings running at once in one process then draw their masks
 * independently, and a seed gives the same masks whatever else runs beside it. Each element is kept
 * with probability {@code 1 - rate} and scaled by {@code 1 / (1 - rate)} (inverted dropout, as the
 * engine's own), so inference needs no scaling.
 *
 * <p>Masks are drawn 16 bits per element (four elements per 64-bit draw), so the rate applied is
 * {@code rate} rounded to a multiple of 1/65,536.
 *
 * @param rate the share of elements dropped, in [0, 1)
 * @param random where the masks come from; unused when the rate is 0
 */
public record Dropout(float rate, SplittableRandom random) {
  /** No dropout: inference, or a training with a rate of 0. */
  public static final Dropout NONE = new Dropout(0, null);

  public Dropout {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("a dropout rate is in [0, 1), not " + rate);
    }
    if (rate > 0 && random == null) {
      throw new IllegalArgumentException("dropout needs a generator for its masks");
    }
  }

  /** {@code x} with a fresh mask applied; {@code x} itself when the rate is 0. */
  public NDArray apply(NDArray x) {
    if (rate == 0) {
      return x;
    }
    float[] mask = new float[Math.toIntExact(x.size())];
    int dropBelow = Math.round(rate * 65_536f);
    float keep = 1f / (1f - rate);
    int i = 0;
    while (i < mask.length) {
      long bits = random.nextLong();
      for (int k = 0; k < 4 && i < mask.length; k++, i++) {
        mask[i] = (int) (bits & 0xFFFF) < dropBelow ? 0f : keep;
        bits >>>= 16;
      }
    }
    return x.mul(x.getManager().create(mask, x.getShape()));
  }
}
