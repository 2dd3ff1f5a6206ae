package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites {@code Gemm(x, W, b)} with a constant W into {@code MatMul(x, W') + b} (W' transposed
 * when {@code transB}), the form that the quantized operators ({@code MatMulInteger}, {@code
 * MatMulNBits}) replace; ONNX Runtime's own quantizer does the same first.
 */
final class GemmToMatMul {
  private GemmToMatMul() {}

  static void rewrite(GraphProto.Builder graph) {
    Weights weights = new Weights(graph);
    List<NodeProto> nodes = new ArrayList<>();
    List<TensorProto> added = new ArrayList<>();
    for (NodeProto node : graph.getNodeList()) {
      TensorProto w =
          node.getOpType().equals("Gemm") ? weights.floatTensor(node.getInput(1)) : null;
      if (w == null || w.getDimsCount() != 2 || !plain(node)) {
        nodes.add(node);
        continue;
      }
      int rows = (int) w.getDims(0);
      int cols = (int) w.getDims(1);
      boolean transB = intAttribute(node, "transB") == 1;
      float[] values = Weights.values(w);
      String name = node.getName() + "/W";
      added.add(
          transB
              ? Weights.floats(name, Weights.transpose(values, rows, cols), cols, rows)
              : Weights.floats(name, values, rows, cols));
      String product = node.getOutput(0) + "/matmul";
      boolean bias = node.getInputCount() > 2 && !node.getInput(2).isEmpty();
      nodes.add(
          NodeProto.newBuilder()
              .setOpType("MatMul")
              .setName(node.getName() + "/matmul")
              .addInput(node.getInput(0))
              .addInput(name)
              .addOutput(bias ? product : node.getOutput(0))
              .build());
      if (bias) {
        nodes.add(
            NodeProto.newBuilder()
                .setOpType("Add")
                .setName(node.getName() + "/add")
                .addInput(product)
                .addInput(node.getInput(2))
                .addOutput(node.getOutput(0))
                .build());
      }
    }
    graph.clearNode().addAllNode(nodes).addAllInitializer(added);
    Prune.unusedInitializers(graph);
  }

  /** A Gemm without transA, alpha or beta other than 1: the only kind the exporters write. */
  private static boolean plain(NodeProto node) {
    for (AttributeProto a : node.getAttributeList()) {
      boolean unit =
          switch (a.getName()) {
            case "transA" -> a.getI() == 0;
            case "alpha", "beta" -> a.getF() == 1f;
            default -> true;
          };
      if (!unit) {
        return false;
      }
    }
    return true;
  }

  private static long intAttribute(NodeProto node, String name) {
    return node.getAttributeList().stream()
        .filter(a -> a.getName().equals(name))
        .mapToLong(AttributeProto::getI)
        .findFirst()
        .orElse(0);
  }
}
