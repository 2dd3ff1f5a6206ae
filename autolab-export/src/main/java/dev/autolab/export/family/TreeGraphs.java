package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnxruntime.OnnxTensor;
import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.export.onnx.Graph;
import dev.autolab.train.boosting.XGBoostModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The {@code xgboost} family as {@code ai.onnx.ml.TreeEnsembleRegressor} summing every tree's leaf
 * into one margin per output (per class for softprob, one for binary and regression), then the
 * objective's link with standard operators: softmax, or the logistic as {@code [1 - p, p]}.
 *
 * <p>Splits are XGBoost's {@code x < threshold} ({@code BRANCH_LT}) with its default direction for
 * missing values; the base margin (XGBoost's {@code base_score}, which recent versions estimate
 * from the data) is read back from the booster's own margin on one row rather than from its
 * configuration, so it is right whatever the version stores.
 */
final class TreeGraphs {
  static final String FEATURES = "features";

  private TreeGraphs() {}

  /** Nodes of all trees, in the attribute layout of TreeEnsembleRegressor. */
  private static final class Nodes {
    final List<Long> treeIds = new ArrayList<>();
    final List<Long> nodeIds = new ArrayList<>();
    final List<Long> featureIds = new ArrayList<>();
    final List<Float> values = new ArrayList<>();
    final List<String> modes = new ArrayList<>();
    final List<Long> trueIds = new ArrayList<>();
    final List<Long> falseIds = new ArrayList<>();
    final List<Long> missingTrue = new ArrayList<>();
    final List<Long> targetTree = new ArrayList<>();
    final List<Long> targetNode = new ArrayList<>();
    final List<Long> targetId = new ArrayList<>();
    final List<Float> targetWeight = new ArrayList<>();

    void add(JsonNode node, long tree, long target) {
      treeIds.add(tree);
      nodeIds.add(node.get("nodeid").asLong());
      if (node.has("leaf")) {
        featureIds.add(0L);
        values.add(0f);
        modes.add("LEAF");
        trueIds.add(0L);
        falseIds.add(0L);
        missingTrue.add(0L);
        targetTree.add(tree);
        targetNode.add(node.get("nodeid").asLong());
        targetId.add(target);
        targetWeight.add((float) node.get("leaf").asDouble());
        return;
      }
      featureIds.add(Long.parseLong(node.get("split").asText().substring(1)));
      values.add((float) node.get("split_condition").asDouble());
      modes.add("BRANCH_LT");
      long yes = node.get("yes").asLong();
      trueIds.add(yes);
      falseIds.add(node.get("no").asLong());
      missingTrue.add(node.get("missing").asLong() == yes ? 1L : 0L);
      for (JsonNode child : node.get("children")) {
        add(child, tree, target);
      }
    }

    /** The sum of the leaves {@code x} reaches in the trees of {@code target}. */
    static double leafSum(List<JsonNode> trees, int outputs, int target, float[] x) {
      double sum = 0;
      for (int t = target; t < trees.size(); t += outputs) {
        JsonNode node = trees.get(t);
        while (!node.has("leaf")) {
          float v = x[Integer.parseInt(node.get("split").asText().substring(1))];
          long next =
              Float.isNaN(v)
                  ? node.get("missing").asLong()
                  : v < (float) node.get("split_condition").asDouble()
                      ? node.get("yes").asLong()
                      : node.get("no").asLong();
          node = child(node, next);
        }
        sum += (float) node.get("leaf").asDouble();
      }
      return sum;
    }

    private static JsonNode child(JsonNode node, long id) {
      for (JsonNode c : node.get("children")) {
        if (c.get("nodeid").asLong() == id) {
          return c;
        }
      }
      throw new IllegalStateException("tree dump lacks node " + id);
    }
  }

  static Exported export(XGBoostModel model, double[] decisionWeights) {
    int dims = Math.max(1, model.encoder().size());
    int classes = model.schema().classes().size();
    boolean regression = model.schema().task() == Task.REGRESSION;
    int outputs = regression || classes == 2 ? 1 : classes;
    List<JsonNode> trees = dump(model);
    Nodes nodes = new Nodes();
    for (int t = 0; t < trees.size(); t++) {
      nodes.add(trees.get(t), t, t % outputs);
    }
    float[] probe = new float[dims]; // all zeros: any row gives the base margin
    float[] margin = margins(model, probe);
    float[] base = new float[outputs];
    for (int k = 0; k < outputs; k++) {
      base[k] = (float) (margin[k] - Nodes.leafSum(trees, outputs, k, probe));
    }
    Graph g = new Graph("xgboost");
    String x = g.input(FEATURES, DataType.FLOAT, -1, dims);
    String raw =
        g.opIn(
                Graph.ML_DOMAIN,
                "TreeEnsembleRegressor",
                new String[] {x},
                1,
                "n_targets",
                (long) outputs,
                "aggregate_function",
                "SUM",
                "base_values",
                base,
                "nodes_treeids",
                longs(nodes.treeIds),
                "nodes_nodeids",
                longs(nodes.nodeIds),
                "nodes_featureids",
                longs(nodes.featureIds),
                "nodes_values",
                floats(nodes.values),
                "nodes_modes",
                nodes.modes.toArray(String[]::new),
                "nodes_truenodeids",
                longs(nodes.trueIds),
                "nodes_falsenodeids",
                longs(nodes.falseIds),
                "nodes_missing_value_tracks_true",
                longs(nodes.missingTrue),
                "target_treeids",
                longs(nodes.targetTree),
                "target_nodeids",
                longs(nodes.targetNode),
                "target_ids",
                longs(nodes.targetId),
                "target_weights",
                floats(nodes.targetWeight))[0];
    g.type(raw, DataType.FLOAT, -1, outputs);
    if (regression) {
      Heads.value(g, raw, 0, 1);
    } else if (classes == 2) {
      // Softmax over [0, m] is the logistic [1 - σ(m), σ(m)]: one link for both cases.
      String zero = g.op("Mul", new String[] {raw, g.scalar("zero", 0f)});
      String pair = g.op("Concat", new String[] {zero, raw}, "axis", 1L);
      Heads.probabilities(g, pair, classes, decisionWeights);
    } else {
      Heads.probabilities(g, raw, classes, decisionWeights);
    }
    InputFeeder feeder =
        (env, rows) ->
            Map.of(
                FEATURES,
                OnnxTensor.createTensor(
                    env,
                    FloatBuffer.wrap(encode(model, rows, dims)),
                    new long[] {rows.size(), dims}));
    return new Exported(
        g.model("Autolab xgboost " + model.schema().target()),
        feeder,
        "columns encoded as encoder.json describes (missing values as NaN); the graph takes that"
            + " vector as 'features'",
        List.of("encoder.json"));
  }

  static float[] encode(XGBoostModel model, List<Row> rows, int dims) {
    float[] x = new float[rows.size() * dims];
    for (int i = 0; i < rows.size(); i++) {
      double[] encoded = model.encoder().encode(rows.get(i));
      for (int j = 0; j < encoded.length; j++) {
        x[i * dims + j] = (float) encoded[j];
      }
    }
    return x;
  }

  private static List<JsonNode> dump(XGBoostModel model) {
    try {
      List<JsonNode> trees = new ArrayList<>();
      for (String tree : model.booster().getModelDump((String) null, false, "json")) {
        trees.add(Json.mapper().readTree(tree));
      }
      return trees;
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot dump the booster's trees: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float[] margins(XGBoostModel model, float[] row) {
    try {
      DMatrix matrix = new DMatrix(row, 1, row.length, Float.NaN);
      try {
        return model.booster().predict(matrix, true)[0];
      } finally {
        matrix.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  private static long[] longs(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  private static float[] floats(List<Float> values) {
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
