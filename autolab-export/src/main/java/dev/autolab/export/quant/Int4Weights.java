package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Weight-only int4 quantization with ONNX Runtime's {@code com.microsoft.MatMulNBits}: each
 * constant MatMul weight (K × N) is cut into blocks of {@value #BLOCK} values along K per output
 * column, each block stored as 4-bit integers with its own float scale (symmetric, zero point 8,
 * the operator's default). Activations stay float. Embedding tables go to int8 as in {@link
 * DynamicInt8}, since MatMulNBits does not apply to a lookup.
 */
public final class Int4Weights {
  static final int BLOCK = 32;

  private Int4Weights() {}

  /** The quantized model, or null when no MatMul weight has K of at least one block. */
  public static ModelProto quantize(ModelProto model) {
    GraphProto.Builder graph = model.getGraph().toBuilder();
    GemmToMatMul.rewrite(graph);
    Weights weights = new Weights(graph);
    List<NodeProto> nodes = new ArrayList<>();
    List<TensorProto> added = new ArrayList<>();
    int rewritten = 0;
    for (NodeProto node : graph.getNodeList()) {
      TensorProto w =
          node.getOpType().equals("MatMul") ? weights.floatTensor(node.getInput(1)) : null;
      if (w != null
          && w.getDimsCount() == 2
          && w.getDims(0) >= BLOCK
          && DynamicInt8.elements(w) >= DynamicInt8.MIN_ELEMENTS) {
        nodes.add(matMulNBits(node, w, added));
        rewritten++;
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
    if (rewritten == 0) {
      return null;
    }
    graph.clearNode().addAllNode(nodes).addAllInitializer(added);
    Prune.unusedInitializers(graph);
    ModelProto.Builder out = model.toBuilder().setGraph(graph);
    if (model.getOpsetImportList().stream().noneMatch(o -> o.getDomain().equals("com.microsoft"))) {
      out.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("com.microsoft").setVersion(1));
    }
    return out.build();
  }

  private static NodeProto matMulNBits(NodeProto node, TensorProto w, List<TensorProto> added) {
    String p = (node.getName().isEmpty() ? node.getOutput(0) : node.getName()) + "/nbits";
    int k = (int) w.getDims(0);
    int n = (int) w.getDims(1);
    float[] values = Weights.values(w);
    int blocks = (k + BLOCK - 1) / BLOCK;
    int blob = BLOCK / 2;
    byte[] packed = new byte[n * blocks * blob];
    float[] scales = new float[n * blocks];
    for (int col = 0; col < n; col++) {
      for (int b = 0; b < blocks; b++) {
        float max = 0;
        for (int i = b * BLOCK; i < Math.min(k, (b + 1) * BLOCK); i++) {
          max = Math.max(max, Math.abs(values[i * n + col]));
        }
        float scale = max > 0 ? max / 7f : 1f;
        scales[col * blocks + b] = scale;
        for (int j = 0; j < BLOCK; j++) {
          int i = b * BLOCK + j;
          int q = i < k ? Math.max(-8, Math.min(7, Math.round(values[i * n + col] / scale))) : 0;
          int offset = (col * blocks + b) * blob + j / 2;
          // Two values per byte, the first in the low nibble; stored with the zero point 8 added.
          packed[offset] |= (byte) (j % 2 == 0 ? (q + 8) : (q + 8) << 4);
        }
      }
    }
    added.add(Weights.tensor(p + "/B", DataType.UINT8, packed, n, blocks, blob));
    added.add(Weights.floats(p + "/scales", scales, (long) n * blocks));
    return NodeProto.newBuilder()
        .setOpType("MatMulNBits")
        .setDomain("com.microsoft")
        .setName(p)
        .addInput(node.getInput(0))
        .addInput(p + "/B")
        .addInput(p + "/scales")
        .addOutput(node.getOutput(0))
        .addAttribute(intAttribute("K", k))
        .addAttribute(intAttribute("N", n))
        .addAttribute(intAttribute("bits", 4))
        .addAttribute(intAttribute("block_size", BLOCK))
        .build();
  }

  private static AttributeProto intAttribute(String name, long value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }
}
