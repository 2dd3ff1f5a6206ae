package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import dev.autolab.core.Task;
import dev.autolab.export.onnx.Graph;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.ensemble.EnsembleModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An {@code ensemble} as one graph: each member's own graph side by side, every name of member
 * {@code N} prefixed {@code mN/} (its inputs too, so two members never share an input they prepare
 * differently), then the weighted sum of their {@code probabilities} (or {@code value}s) and the
 * decision weights of a revised round. A caller prepares each member's inputs as that member's
 * graph documents them.
 */
final class EnsembleGraphs {
  private EnsembleGraphs() {}

  static Exported export(EnsembleModel model, double[] decisionWeights) {
    List<TrainedModel> members = model.members();
    double[] weights = model.weights();
    boolean classification = model.schema().task() == Task.CLASSIFICATION;
    String output = classification ? Heads.PROBABILITIES : Heads.VALUE;
    GraphProto.Builder merged = GraphProto.newBuilder().setName("ensemble");
    Map<String, Long> domains = new LinkedHashMap<>();
    List<InputFeeder> feeders = new ArrayList<>();
    List<String> sideFiles = new ArrayList<>();
    StringBuilder preprocessing = new StringBuilder();
    for (int m = 0; m < members.size(); m++) {
      Exported exported = Families.export(members.get(m));
      String prefix = "m" + m + "/";
      append(merged, exported.model().getGraph(), name -> name.isEmpty() ? name : prefix + name);
      for (OperatorSetIdProto op : exported.model().getOpsetImportList()) {
        domains.merge(op.getDomain(), op.getVersion(), Math::max);
      }
      feeders.add(exported.feeder());
      for (String file : exported.sideFiles()) {
        if (!sideFiles.contains(file)) {
          sideFiles.add(file);
        }
      }
      preprocessing.append(
          String.format(
              Locale.ROOT,
              "%smember %d (%s, weight %.4f), inputs named %s...: %s",
              m == 0 ? "" : "; ",
              m,
              members.get(m).family(),
              weights[m],
              prefix,
              exported.preprocessing()));
    }
    ModelProto.Builder base = ModelProto.newBuilder().setGraph(merged);
    domains.forEach(
        (domain, version) ->
            base.addOpsetImport(
                OperatorSetIdProto.newBuilder().setDomain(domain).setVersion(version)));
    Graph g = Graph.extend(base.build());
    String[] parts = new String[members.size()];
    for (int m = 0; m < members.size(); m++) {
      parts[m] =
          g.op(
              "Mul",
              new String[] {"m" + m + "/" + output, g.scalar("member_weight", (float) weights[m])});
    }
    String sum = parts.length == 1 ? parts[0] : g.op("Sum", parts);
    if (classification) {
      Heads.output(g, sum, model.schema().classes().size(), decisionWeights);
    } else {
      g.node("", "Identity", new String[] {sum}, new String[] {Heads.VALUE});
      g.output(Heads.VALUE, DataType.FLOAT, -1, 1);
    }
    InputFeeder feeder =
        (env, rows) -> {
          Map<String, OnnxTensor> inputs = new HashMap<>();
          for (int m = 0; m < feeders.size(); m++) {
            for (Map.Entry<String, OnnxTensor> e : feeders.get(m).inputs(env, rows).entrySet()) {
              inputs.put("m" + m + "/" + e.getKey(), e.getValue());
            }
          }
          return inputs;
        };
    return new Exported(
        g.model("Autolab ensemble " + model.schema().target()),
        feeder,
        preprocessing.toString(),
        List.copyOf(sideFiles));
  }

  /** Copies {@code from}'s inputs, initializers, nodes and value types into {@code to}, renamed. */
  private static void append(GraphProto.Builder to, GraphProto from, UnaryOperator<String> rename) {
    for (ValueInfoProto input : from.getInputList()) {
      to.addInput(input.toBuilder().setName(rename.apply(input.getName())));
    }
    for (ValueInfoProto output : from.getOutputList()) {
      // A member's outputs become intermediate values of the blend.
      to.addValueInfo(output.toBuilder().setName(rename.apply(output.getName())));
    }
    for (ValueInfoProto info : from.getValueInfoList()) {
      to.addValueInfo(info.toBuilder().setName(rename.apply(info.getName())));
    }
    for (TensorProto tensor : from.getInitializerList()) {
      to.addInitializer(tensor.toBuilder().setName(rename.apply(tensor.getName())));
    }
    for (NodeProto node : from.getNodeList()) {
      NodeProto.Builder copy = node.toBuilder().clearInput().clearOutput();
      copy.setName(rename.apply(node.getName()));
      for (String input : node.getInputList()) {
        copy.addInput(rename.apply(input));
      }
      for (String out : node.getOutputList()) {
        copy.addOutput(rename.apply(out));
      }
      for (AttributeProto attribute : node.getAttributeList()) {
        if (attribute.hasG() || attribute.getGraphsCount() > 0) {
          // No member graph has control flow; renaming inside subgraphs is not done.
          throw new IllegalStateException(
              "a member graph's " + node.getOpType() + " node has a subgraph");
        }
      }
      to.addNode(copy);
    }
  }
}
