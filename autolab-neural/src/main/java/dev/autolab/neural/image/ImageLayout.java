package dev.autolab.neural.image;

import dev.autolab.core.Row;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * How images become tensors: the column, channels (1 when every sampled image is gray, else 3), the
 * square side they are resized to, and the per-channel mean and standard deviation of the training
 * pixels in [0, 1] that inputs are normalised by.
 */
record ImageLayout(String column, int channels, int size, float[] mean, float[] std) {
  /** Images sampled to choose channels and size. */
  static final int SAMPLE = 64;

  /** Largest side: beyond it SmallCnn's dense layer grows quadratically for little gain. */
  static final int MAX_SIZE = 64;

  /** Smallest side: two 2×2 poolings still leave a 2×2 map. */
  static final int MIN_SIZE = 8;

  /** Channels and size from up to {@link #SAMPLE} images spread over {@code rows}. */
  static ImageLayout choose(String column, List<Row> rows) {
    int step = Math.max(1, rows.size() / SAMPLE);
    boolean gray = true;
    int[] sides = new int[Math.min(SAMPLE, rows.size())];
    for (int k = 0; k < sides.length; k++) {
      BufferedImage image = ImageDecoder.read(rows.get(k * step), column);
      gray &= ImageDecoder.isGray(image);
      sides[k] = Math.max(image.getWidth(), image.getHeight());
    }
    Arrays.sort(sides);
    return new ImageLayout(column, gray ? 1 : 3, side(sides[sides.length / 2]), null, null);
  }

  /** The median side rounded up to a multiple of 4 (two poolings), within the bounds. */
  static int side(int median) {
    int rounded = (median + 3) / 4 * 4;
    return Math.max(MIN_SIZE, Math.min(MAX_SIZE, rounded));
  }

  ImageLayout withStats(float[] mean, float[] std) {
    return new ImageLayout(column, channels, size, mean, std);
  }

  int pixelsPerImage() {
    return channels * size * size;
  }
}
