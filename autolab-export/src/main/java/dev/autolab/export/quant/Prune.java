package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Removes the initializers no node reads any more (the float weights a rewrite replaced). */
final class Prune {
  private Prune() {}

  static void unusedInitializers(GraphProto.Builder graph) {
    Set<String> used = new HashSet<>();
    for (NodeProto node : graph.getNodeList()) {
      used.addAll(node.getInputList());
    }
    graph.getOutputList().forEach(o -> used.add(o.getName()));
    List<TensorProto> kept =
        graph.getInitializerList().stream().filter(t -> used.contains(t.getName())).toList();
    graph.clearInitializer().addAllInitializer(kept);
  }
}
