package dev.autolab.neural.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.train.features.Targets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rows as one image tensor (rows, channels, size, size), decoded once into a single float buffer so
 * that training never touches a file again, and their class indices beside it.
 */
final class ImageTensors {
  private ImageTensors() {}

  /** Pixels in [0, 1], decoded on every core (decoding, not training, dominates a first epoch). */
  static float[] decode(ImageLayout layout, List<Row> rows) {
    int per = layout.pixelsPerImage();
    float[] values = new float[Math.multiplyExact(rows.size(), per)];
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(
            i ->
                ImageDecoder.pixels(
                    ImageDecoder.read(rows.get(i), layout.column()),
                    layout.channels(),
                    layout.size(),
                    values,
                    i * per));
    return values;
  }

  /** The layout with the per-channel mean and standard deviation of {@code pixels}. */
  static ImageLayout withStats(ImageLayout layout, float[] pixels) {
    int channels = layout.channels();
    int plane = layout.size() * layout.size();
    double[] sum = new double[channels];
    double[] squares = new double[channels];
    for (int i = 0; i < pixels.length; i++) {
      int c = (i / plane) % channels;
      sum[c] += pixels[i];
      squares[c] += (double) pixels[i] * pixels[i];
    }
    double count = pixels.length / (double) channels;
    float[] mean = new float[channels];
    float[] std = new float[channels];
    for (int c = 0; c < channels; c++) {
      mean[c] = (float) (sum[c] / count);
      double variance = squares[c] / count - mean[c] * (double) mean[c];
      // a constant channel would divide by zero; leave it centred but unscaled
      std[c] = variance > 1e-12 ? (float) Math.sqrt(variance) : 1f;
    }
    return layout.withStats(mean, std);
  }

  /** The normalised images of {@code rows}, shape (rows, channels, size, size). */
  static NDArray features(NDManager manager, ImageLayout layout, List<Row> rows) {
    return features(manager, layout, decode(layout, rows), rows.size());
  }

  static NDArray features(NDManager manager, ImageLayout layout, float[] pixels, int rows) {
    int channels = layout.channels();
    int plane = layout.size() * layout.size();
    for (int i = 0; i < pixels.length; i++) {
      int c = (i / plane) % channels;
      pixels[i] = (pixels[i] - layout.mean()[c]) / layout.std()[c];
    }
    return manager.create(pixels, new Shape(rows, channels, layout.size(), layout.size()));
  }

  /** Images and class indices (int64). */
  static TensorData of(
      NDManager manager, ImageLayout layout, DatasetSchema schema, List<Row> rows, float[] pixels) {
    NDArray x = features(manager, layout, pixels, rows.size());
    int[] classes = Targets.classIndices(schema, rows);
    long[] labels = new long[classes.length];
    for (int i = 0; i < classes.length; i++) {
      labels[i] = classes[i];
    }
    return new TensorData(x, manager.create(labels));
  }
}
