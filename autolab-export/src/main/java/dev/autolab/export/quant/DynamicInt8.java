package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Dynamic int8 quantization, the pattern ONNX Runtime's {@code quantize_dynamic} emits: each {@code
 * MatMul} with a constant weight becomes {@code DynamicQuantizeLinear} of its input (uint8, scale
 * and zero point computed per call), {@code MatMulInteger} against the weight stored as 8-bit
 * (uint8 with one scale and zero point per tensor; {@link Symmetric#uint8} says why not int8), and
 * a rescale to float. Large embedding tables read by {@code Gather} are stored as int8 and
 * dequantized after the lookup, which is exact per row. Convolutions stay float32 (in the CNN they
 * hold under 5% of the weights).
 */
public final class DynamicInt8 {
  /**
   * Weights smaller than this stay float: the quantize/rescale nodes would cost more than they
   * save.
   */
  static final int MIN_ELEMENTS = 256;

  /** Embedding tables smaller than this stay float (position and segment embeddings). */
  static final int MIN_GATHER_ELEMENTS = 1 << 16;

  private DynamicInt8() {}

  /** The quantized model, or null when no weight was large enough to quantize. */
  public static ModelProto quantize(ModelProto model) {
    GraphProto.Builder graph = model.getGraph().toBuilder();
    GemmToMatMul.rewrite(graph);
    Weights weights = new Weights(graph);
    List<NodeProto> nodes = new ArrayList<>();
    List<TensorProto> added = new ArrayList<>();
    int rewritten = 0;
    for (NodeProto node : graph.getNodeList()) {
      if (node.getOpType().equals("MatMul")) {
        TensorProto w = weights.floatTensor(node.getInput(1));
        if (w != null && w.getDimsCount() == 2 && elements(w) >= MIN_ELEMENTS) {
          matMul(node, w, nodes, added);
          rewritten++;
          continue;
        }
      } else if (node.getOpType().equals("Gather")) {
        TensorProto w = weights.floatTensor(node.getInput(0));
        if (w != null && elements(w) >= MIN_GATHER_ELEMENTS && axis(node) == 0) {
          gather(node, w, nodes, added);
          rewritten++;
          continue;
        }
      }
      nodes.add(node);
    }
    if (rewritten == 0) {
      return null;
    }
    graph.clearNode().addAllNode(nodes).addAllInitializer(added);
    Prune.unusedInitializers(graph);
    return model.toBuilder().setGraph(graph).build();
  }

  private static void matMul(
      NodeProto node, TensorProto w, List<NodeProto> nodes, List<TensorProto> added) {
    String p = node.getName().isEmpty() ? node.getOutput(0) : node.getName();
    Symmetric.Asymmetric q = Symmetric.uint8(Weights.values(w));
    added.add(Weights.tensor(p + "/Wq", DataType.UINT8, q.values(), w.getDims(0), w.getDims(1)));
    added.add(Weights.tensor(p + "/Wzp", DataType.UINT8, new byte[] {(byte) q.zero()}));
    String x = node.getInput(0);
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("DynamicQuantizeLinear")
            .setName(p + "/quant")
            .addInput(x)
            .addOutput(p + "/xq")
            .addOutput(p + "/xscale")
            .addOutput(p + "/xzp")
            .build());
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("MatMulInteger")
            .setName(p + "/matmulinteger")
            .addInput(p + "/xq")
            .addInput(p + "/Wq")
            .addInput(p + "/xzp")
            .addInput(p + "/Wzp")
            .addOutput(p + "/int32")
            .build());
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("Cast")
            .setName(p + "/cast")
            .addInput(p + "/int32")
            .addOutput(p + "/float")
            .addAttribute(
                ai.onnx.proto.OnnxMl.AttributeProto.newBuilder()
                    .setName("to")
                    .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.INT)
                    .setI(DataType.FLOAT.getNumber()))
            .build());
    added.add(Weights.floats(p + "/Wscale", new float[] {q.scale()}));
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("Mul")
            .setName(p + "/scales")
            .addInput(p + "/xscale")
            .addInput(p + "/Wscale")
            .addOutput(p + "/scale")
            .build());
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("Mul")
            .setName(p + "/rescale")
            .addInput(p + "/float")
            .addInput(p + "/scale")
            .addOutput(node.getOutput(0))
            .build());
  }

  /** {@code Gather} on the int8 table, then {@code DequantizeLinear} of the rows it picked. */
  static void gather(
      NodeProto node, TensorProto w, List<NodeProto> nodes, List<TensorProto> added) {
    String p = node.getName().isEmpty() ? node.getOutput(0) : node.getName();
    Symmetric q = Symmetric.int8(Weights.values(w));
    long[] dims = w.getDimsList().stream().mapToLong(Long::longValue).toArray();
    added.add(Weights.tensor(p + "/Wq", DataType.INT8, q.values(), dims));
    added.add(Weights.floats(p + "/Wscale", new float[] {q.scale()}));
    added.add(Weights.tensor(p + "/Wzp", DataType.INT8, new byte[] {0}));
    nodes.add(node.toBuilder().setInput(0, p + "/Wq").setOutput(0, p + "/rows").build());
    nodes.add(
        NodeProto.newBuilder()
            .setOpType("DequantizeLinear")
            .setName(p + "/dequant")
            .addInput(p + "/rows")
            .addInput(p + "/Wscale")
            .addInput(p + "/Wzp")
            .addOutput(node.getOutput(0))
            .build());
  }

  private static long axis(NodeProto node) {
    return node.getAttributeList().stream()
        .filter(a -> a.getName().equals("axis"))
        .mapToLong(a -> a.getI())
        .findFirst()
        .orElse(0);
  }

  static long elements(TensorProto t) {
    long n = 1;
    for (long d : t.getDimsList()) {
      n *= d;
    }
    return n;
  }
}
