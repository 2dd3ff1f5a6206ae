package dev.autolab.neural.text;

/** The sentence-transformers recipe for MiniLM: mean over real tokens, then unit length. */
final class Pooling {
  private Pooling() {}

  /**
   * @param hidden token states, shape (batch, width, dimension), flattened
   * @param mask 1 for a real token, 0 for padding, shape (batch, width)
   */
  static float[][] meanNormalized(float[] hidden, long[] mask, int batch, int width, int dim) {
    float[][] vectors = new float[batch][dim];
    for (int b = 0; b < batch; b++) {
      double[] sum = new double[dim];
      long count = 0;
      for (int t = 0; t < width; t++) {
        if (mask[b * width + t] == 0) {
          continue;
        }
        count++;
        int offset = (b * width + t) * dim;
        for (int d = 0; d < dim; d++) {
          sum[d] += hidden[offset + d];
        }
      }
      double norm = 0;
      for (int d = 0; d < dim; d++) {
        sum[d] /= Math.max(1, count);
        norm += sum[d] * sum[d];
      }
      // sentence-transformers divides by max(norm, 1e-12) so that an all-zero vector stays zero.
      norm = Math.max(Math.sqrt(norm), 1e-12);
      for (int d = 0; d < dim; d++) {
        vectors[b][d] = (float) (sum[d] / norm);
      }
    }
    return vectors;
  }
}
