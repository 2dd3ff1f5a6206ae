package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnxruntime.OnnxTensor;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.export.onnx.Graph;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.linear.LinearModel;
import dev.autolab.train.linear.LinearPredictor;
import dev.autolab.train.linear.LinearWeights;
import dev.autolab.train.text.TfidfLinearModel;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code tfidf-linear} and {@code linear} families: a Gemm over the feature vector, the fitted
 * softmax temperature, and a softmax (or the target's scaling for regression).
 *
 * <p>The features stay a documented pre-processing step: the text model's n-grams are hashed with
 * 64-bit FNV-1a over characters and tokens, which {@code TfIdfVectorizer} (a pool of explicit
 * n-grams) cannot express without the n-grams themselves, and the hashing keeps only buckets. The
 * fitted vectorizer ({@code text-features.json}/{@code .bin}) or tabular encoder ({@code
 * encoder.json}) ships in {@code model/} beside the graph.
 */
final class LinearGraphs {
  static final String FEATURES = "features";

  private LinearGraphs() {}

  static Exported tfidf(TfidfLinearModel model, double[] decisionWeights) {
    DatasetSchema schema = model.schema();
    Function<List<Row>, List<SparseVector>> vectors =
        rows -> model.features().transform(schema, rows);
    return export(
        schema,
        model.predictor(),
        model.features().dims(),
        decisionWeights,
        vectors,
        "TF-IDF of the text (hashed word and char n-grams) and the other columns encoded, as"
            + " text-features.json/.bin describe; the graph takes that vector as 'features'",
        List.of("text-features.json", "text-features.bin"));
  }

  static Exported tabular(LinearModel model, double[] decisionWeights) {
    Function<List<Row>, List<SparseVector>> vectors =
        rows -> rows.stream().map(model.encoder()::encodeSparse).toList();
    return export(
        model.schema(),
        model.predictor(),
        model.encoder().size(),
        decisionWeights,
        vectors,
        "columns one-hot encoded and standardised as encoder.json describes; the graph takes"
            + " that vector as 'features'",
        List.of("encoder.json"));
  }

  private static Exported export(
      DatasetSchema schema,
      LinearPredictor predictor,
      int dims,
      double[] decisionWeights,
      Function<List<Row>, List<SparseVector>> vectors,
      String preprocessing,
      List<String> sideFiles) {
    Graph g = new Graph("linear");
    String x = g.input(FEATURES, DataType.FLOAT, -1, dims);
    LinearWeights w = predictor.weights();
    double[][] rows = w.rows();
    double[] intercepts = w.intercepts();
    if (schema.task() == Task.CLASSIFICATION && rows.length == 1) {
      // liblinear's binary convention: one row whose score s is class 0's, -s class 1's.
      rows = new double[][] {rows[0], negate(rows[0])};
      intercepts = new double[] {intercepts[0], -intercepts[0]};
    }
    float[] bias = new float[intercepts.length];
    for (int k = 0; k < bias.length; k++) {
      bias[k] = (float) intercepts[k];
    }
    String scores = Heads.dense(g, x, Heads.flatten(rows), bias, rows.length, dims);
    if (schema.task() == Task.REGRESSION) {
      Heads.value(g, scores, predictor.targetMean(), predictor.targetScale());
    } else {
      String scaled =
          g.op(
              "Mul",
              new String[] {scores, g.scalar("temperature", (float) predictor.temperature())});
      Heads.probabilities(g, scaled, schema.classes().size(), decisionWeights);
    }
    InputFeeder feeder =
        (env, batch) -> {
          List<SparseVector> v = vectors.apply(batch);
          float[] dense = new float[batch.size() * dims];
          for (int i = 0; i < v.size(); i++) {
            int[] idx = v.get(i).indices();
            double[] val = v.get(i).values();
            for (int j = 0; j < idx.length; j++) {
              if (idx[j] < dims) {
                dense[i * dims + idx[j]] = (float) val[j];
              }
            }
          }
          return Map.of(
              FEATURES,
              OnnxTensor.createTensor(
                  env, FloatBuffer.wrap(dense), new long[] {batch.size(), dims}));
        };
    return new Exported(g.model("Autolab " + schema.target()), feeder, preprocessing, sideFiles);
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }
}
