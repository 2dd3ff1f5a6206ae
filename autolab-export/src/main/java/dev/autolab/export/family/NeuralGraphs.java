package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnxruntime.OnnxTensor;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.export.onnx.Graph;
import dev.autolab.neural.image.CnnModel;
import dev.autolab.neural.net.Mlp;
import dev.autolab.neural.tabular.MlpModel;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * The {@code mlp} and {@code cnn} families, operation for operation as their DJL networks compute
 * them in inference mode (no dropout, batch norm on its running statistics).
 */
final class NeuralGraphs {
  static final String FEATURES = "features";
  static final String PIXELS = "pixels";

  private NeuralGraphs() {}

  /** Linear layers with ReLU between them, from {@code x}; returns the last layer's output. */
  static String mlp(Graph g, String x, Mlp network) {
    int[] sizes = network.sizes();
    Map<String, float[]> weights = network.parameters().snapshot();
    String h = x;
    for (int layer = 0; layer + 1 < sizes.length; layer++) {
      h =
          Heads.dense(
              g,
              h,
              weights.get("fc" + layer + ".weight"),
              weights.get("fc" + layer + ".bias"),
              sizes[layer + 1],
              sizes[layer]);
      if (layer + 2 < sizes.length) {
        h = g.op("Relu", new String[] {h});
      }
    }
    return h;
  }

  static Exported tabular(MlpModel model, double[] decisionWeights) {
    DatasetSchema schema = model.schema();
    int dims = model.encoder().size();
    Graph g = new Graph("mlp");
    String out = mlp(g, g.input(FEATURES, DataType.FLOAT, -1, dims), model.network());
    if (schema.task() == Task.REGRESSION) {
      double[] scale = model.targetScale();
      Heads.value(g, out, scale[0], scale[1]);
    } else {
      Heads.probabilities(g, out, schema.classes().size(), decisionWeights);
    }
    InputFeeder feeder =
        (env, rows) -> {
          float[] x = new float[rows.size() * dims];
          for (int i = 0; i < rows.size(); i++) {
            double[] encoded = model.encoder().encode(rows.get(i));
            for (int j = 0; j < dims; j++) {
              x[i * dims + j] = (float) encoded[j];
            }
          }
          return Map.of(
              FEATURES,
              OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {rows.size(), dims}));
        };
    return new Exported(
        g.model("Autolab mlp " + schema.target()),
        feeder,
        "columns one-hot encoded and standardised as encoder.json describes; the graph takes that"
            + " vector as 'features'",
        List.of("encoder.json"));
  }

  /**
   * The CNN takes pixels in [0, 1] (rows × channels × side × side) and normalises them itself, so
   * that decoding and resizing an image is all a caller does.
   */
  static Exported cnn(CnnModel model, double[] decisionWeights) {
    CnnModel.Input in = model.input();
    int c = in.channels();
    int s = in.size();
    Map<String, float[]> w = model.network().parameters().snapshot();
    Graph g = new Graph("cnn");
    String x = g.input(PIXELS, DataType.FLOAT, -1, c, s, s);
    x = g.op("Sub", new String[] {x, g.floats("mean", in.mean(), 1, c, 1, 1)});
    x = g.op("Div", new String[] {x, g.floats("std", in.std(), 1, c, 1, 1)});
    int channels = c;
    for (int block = 0; block < 2; block++) {
      float[] kernel = w.get("conv" + block + ".weight");
      int out = kernel.length / (channels * 9);
      x =
          g.op(
              "Conv",
              new String[] {
                x,
                g.floats("conv_w", kernel, out, channels, 3, 3),
                g.floats("conv_b", w.get("conv" + block + ".bias"), out)
              },
              "kernel_shape",
              new long[] {3, 3},
              "pads",
              new long[] {1, 1, 1, 1},
              "strides",
              new long[] {1, 1});
      String bn = "bn" + block;
      x =
          g.op(
              "BatchNormalization",
              new String[] {
                x,
                g.floats("bn_gamma", w.get(bn + ".gamma"), out),
                g.floats("bn_beta", w.get(bn + ".beta"), out),
                g.floats("bn_mean", w.get(bn + ".mean"), out),
                g.floats("bn_var", w.get(bn + ".var"), out)
              },
              "epsilon",
              1e-5f);
      x = g.op("Relu", new String[] {x});
      x =
          g.op(
              "MaxPool",
              new String[] {x},
              "kernel_shape",
              new long[] {2, 2},
              "strides",
              new long[] {2, 2});
      channels = out;
    }
    x = g.op("Flatten", new String[] {x}, "axis", 1L);
    int flat = channels * (s / 4) * (s / 4);
    float[] fc0 = w.get("fc0.weight");
    int hidden = fc0.length / flat;
    x = Heads.dense(g, x, fc0, w.get("fc0.bias"), hidden, flat);
    x = g.op("Relu", new String[] {x});
    int classes = model.schema().classes().size();
    x = Heads.dense(g, x, w.get("fc1.weight"), w.get("fc1.bias"), classes, hidden);
    Heads.probabilities(g, x, classes, decisionWeights);
    InputFeeder feeder =
        (env, rows) ->
            Map.of(
                PIXELS,
                OnnxTensor.createTensor(
                    env, FloatBuffer.wrap(model.pixels(rows)), new long[] {rows.size(), c, s, s}));
    return new Exported(
        g.model("Autolab cnn " + model.schema().target()),
        feeder,
        "each image decoded, resized to "
            + s
            + "x"
            + s
            + (c == 1 ? " gray" : " RGB")
            + ", pixels scaled to [0, 1], channels first; the graph normalises them",
        List.of());
  }
}
