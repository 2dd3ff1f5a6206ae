package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import dev.autolab.export.onnx.Graph;

/** The last operations every graph shares: class probabilities or a regression value. */
final class Heads {
  static final String PROBABILITIES = "probabilities";
  static final String VALUE = "value";

  private Heads() {}

  /**
   * Softmax over {@code logits} (rows × classes), then the per-class decision weights of a revised
   * round when there are any ({@code p·w / Σ p·w}, as {@code DecidedModel} applies them).
   */
  static void probabilities(Graph g, String logits, int classes, double[] decisionWeights) {
    output(g, g.op("Softmax", new String[] {logits}, "axis", 1L), classes, decisionWeights);
  }

  /**
   * Class probabilities {@code p} (rows × classes) as the graph's {@code probabilities}, after the
   * per-class decision weights of a revised round when there are any.
   */
  static void output(Graph g, String p, int classes, double[] decisionWeights) {
    if (decisionWeights != null) {
      float[] w = new float[classes];
      for (int k = 0; k < classes; k++) {
        w[k] = (float) decisionWeights[k];
      }
      String weighted = g.op("Mul", new String[] {p, g.floats("decision_weights", w, 1, classes)});
      String sum =
          g.op("ReduceSum", new String[] {weighted}, "axes", new long[] {1}, "keepdims", 1L);
      p = g.op("Div", new String[] {weighted, sum});
    }
    g.node("", "Identity", new String[] {p}, new String[] {PROBABILITIES});
    g.output(PROBABILITIES, DataType.FLOAT, -1, classes);
  }

  /** {@code mean + scale * output} as the graph's {@code value} (rows × 1). */
  static void value(Graph g, String output, double mean, double scale) {
    String scaled = g.op("Mul", new String[] {output, g.scalar("target_scale", (float) scale)});
    String shifted = g.op("Add", new String[] {scaled, g.scalar("target_mean", (float) mean)});
    g.node("", "Identity", new String[] {shifted}, new String[] {VALUE});
    g.output(VALUE, DataType.FLOAT, -1, 1);
  }

  /** A fully connected layer {@code x·Wᵀ + b} with W stored (out × in), as Gemm with transB. */
  static String dense(Graph g, String x, float[] weight, float[] bias, int out, int in) {
    return g.op(
        "Gemm",
        new String[] {x, g.floats("weight", weight, out, in), g.floats("bias", bias, out)},
        "transB",
        1L);
  }

  /** Row-major floats of a dense matrix given row by row. */
  static float[] flatten(double[][] rows) {
    int width = rows[0].length;
    float[] flat = new float[rows.length * width];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < width; c++) {
        flat[r * width + c] = (float) rows[r][c];
      }
    }
    return flat;
  }
}
