package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import java.util.Random;

/**
 * Gaussian noise on feature vectors (table columns, sentence embeddings): each value moves by a
 * normal draw scaled to {@code scale} times its column's spread in the batch, so wide and narrow
 * columns are disturbed alike. The tabular and text families' augmentation.
 */
public final class FeatureNoise implements Augmentation {
  /** A tenth of a column's spread: enough to blur memorised rows, small enough to keep classes. */
  public static final double DEFAULT_SCALE = 0.1;

  private final double scale;

  public FeatureNoise(double scale) {
    this.scale = scale;
  }

  @Override
  public NDArray apply(NDArray batch, Random random) {
    if (batch.getShape().get(0) < 2) {
      return batch;
    }
    NDArray spread =
        batch.sub(batch.mean(new int[] {0}, true)).square().mean(new int[] {0}, true).sqrt();
    // Drawn from the loop's generator, not the engine's process-wide one (see TrainingLoop).
    float[] draws = new float[Math.toIntExact(batch.size())];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = (float) random.nextGaussian();
    }
    NDArray noise = batch.getManager().create(draws, batch.getShape());
    return batch.add(noise.mul(spread).mul(scale));
  }
}
