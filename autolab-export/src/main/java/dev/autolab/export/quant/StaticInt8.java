package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.autolab.core.Row;
import dev.autolab.export.family.InputFeeder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static int8 quantization in the QDQ format: the input of each MatMul with a constant weight gets
 * a {@code QuantizeLinear → DequantizeLinear} pair whose scale and zero point are fixed from the
 * range (min/max, ONNX Runtime's default calibration) that input takes on calibration rows drawn
 * from the training split; the weight is stored as int8 behind a {@code DequantizeLinear}. ONNX
 * Runtime fuses the pairs into integer kernels when it loads the graph.
 */
public final class StaticInt8 {
  /** Rows run to find activation ranges; the ranges settle long before this. */
  public static final int CALIBRATION_ROWS = 128;

  private StaticInt8() {}

  /** The QDQ model, or null when no MatMul weight is large enough to quantize. */
  public static ModelProto quantize(ModelProto model, InputFeeder feeder, List<Row> calibration) {
    GraphProto.Builder graph = model.getGraph().toBuilder();
    GemmToMatMul.rewrite(graph);
    Weights weights = new Weights(graph);
    Set<String> activations = new LinkedHashSet<>();
    for (NodeProto node : graph.getNodeList()) {
      if (quantizable(node, weights)) {
        activations.add(node.getInput(0));
      }
    }
    if (activations.isEmpty()) {
      return null;
    }
    Map<String, float[]> ranges =
        ranges(model.toBuilder().setGraph(graph).build(), activations, feeder, calibration);
    List<NodeProto> nodes = new ArrayList<>();
    List<TensorProto> added = new ArrayList<>();
    for (NodeProto node : graph.getNodeList()) {
      if (quantizable(node, weights)) {
        qdq(
            node,
            weights.floatTensor(node.getInput(1)),
            ranges.get(node.getInput(0)),
            nodes,
            added);
        continue;
      }
      TensorProto table =
          node.getOpType().equals("Gather") ? weights.floatTensor(node.getInput(0)) : null;
      if (table != null && DynamicInt8.elements(table) >= DynamicInt8.MIN_GATHER_ELEMENTS) {
        DynamicInt8.gather(node, table, nodes, added);
        continue;
      }
      nodes.add(node);
    }
    graph.clearNode().addAllNode(nodes).addAllInitializer(added);
    Prune.unusedInitializers(graph);
    return model.toBuilder().setGraph(graph).build();
  }

  private static boolean quantizable(NodeProto node, Weights weights) {
    if (!node.getOpType().equals("MatMul")) {
      return false;
    }
    TensorProto w = weights.floatTensor(node.getInput(1));
    return w != null
        && w.getDimsCount() == 2
        && DynamicInt8.elements(w) >= DynamicInt8.MIN_ELEMENTS;
  }

  /** Min and max of each named tensor over the calibration rows, 0 always inside the range. */
  private static Map<String, float[]> ranges(
      ModelProto model, Set<String> names, InputFeeder feeder, List<Row> rows) {
    GraphProto.Builder graph = model.getGraph().toBuilder();
    TypeProto floatType =
        TypeProto.newBuilder()
            .setTensorType(TypeProto.Tensor.newBuilder().setElemType(DataType.FLOAT.getNumber()))
            .build();
    Set<String> outputs = new LinkedHashSet<>();
    graph.getOutputList().forEach(o -> outputs.add(o.getName()));
    for (String name : names) {
      if (!outputs.contains(name)) {
        graph.addOutput(ValueInfoProto.newBuilder().setName(name).setType(floatType));
      }
    }
    Map<String, float[]> ranges = new LinkedHashMap<>();
    names.forEach(n -> ranges.put(n, new float[] {0f, 0f}));
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    List<Row> sample = rows.subList(0, Math.min(rows.size(), CALIBRATION_ROWS));
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session =
            env.createSession(model.toBuilder().setGraph(graph).build().toByteArray(), options)) {
      for (int from = 0; from < sample.size(); from += 16) {
        Map<String, OnnxTensor> inputs =
            feeder.inputs(env, sample.subList(from, Math.min(sample.size(), from + 16)));
        try (OrtSession.Result result = session.run(inputs, names)) {
          for (Map.Entry<String, OnnxValue> e : result) {
            FloatBuffer values = ((OnnxTensor) e.getValue()).getFloatBuffer();
            float[] range = ranges.get(e.getKey());
            while (values.hasRemaining()) {
              float v = values.get();
              range[0] = Math.min(range[0], v);
              range[1] = Math.max(range[1], v);
            }
          }
        } finally {
          inputs.values().forEach(OnnxTensor::close);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("calibration run failed: " + e.getMessage(), e);
    }
    return ranges;
  }

  private static void qdq(
      NodeProto node,
      TensorProto w,
      float[] range,
      List<NodeProto> nodes,
      List<TensorProto> added) {
    String p = (node.getName().isEmpty() ? node.getOutput(0) : node.getName()) + "/qdq";
    float scale = Math.max((range[1] - range[0]) / 255f, 1e-8f);
    int zero = Math.max(0, Math.min(255, Math.round(-range[0] / scale)));
    added.add(Weights.floats(p + "/xscale", new float[] {scale}));
    added.add(Weights.tensor(p + "/xzp", DataType.UINT8, new byte[] {(byte) zero}));
    nodes.add(
        op("QuantizeLinear", p + "/q", node.getInput(0), p + "/xscale", p + "/xzp", p + "/xq"));
    nodes.add(op("DequantizeLinear", p + "/dq", p + "/xq", p + "/xscale", p + "/xzp", p + "/x"));
    Symmetric q = Symmetric.int8(Weights.values(w));
    added.add(Weights.tensor(p + "/Wq", DataType.INT8, q.values(), w.getDims(0), w.getDims(1)));
    added.add(Weights.floats(p + "/Wscale", new float[] {q.scale()}));
    added.add(Weights.tensor(p + "/Wzp", DataType.INT8, new byte[] {0}));
    nodes.add(op("DequantizeLinear", p + "/wdq", p + "/Wq", p + "/Wscale", p + "/Wzp", p + "/W"));
    nodes.add(node.toBuilder().setInput(0, p + "/x").setInput(1, p + "/W").build());
  }

  private static NodeProto op(String type, String name, String a, String b, String c, String out) {
    return NodeProto.newBuilder()
        .setOpType(type)
        .setName(name)
        .addInput(a)
        .addInput(b)
        .addInput(c)
        .addOutput(out)
        .build();
  }
}
