package dev.autolab.export.family;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnxruntime.OnnxTensor;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.autolab.export.onnx.Graph;
import dev.autolab.neural.text.MiniLmEncoder;
import dev.autolab.neural.text.MiniLmMlpModel;
import dev.autolab.neural.text.ModelResources;
import dev.autolab.neural.text.PaddedBatch;
import dev.autolab.neural.text.TokenWindows;
import dev.autolab.train.features.TextFeatures;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code minilm-mlp} family as one graph: the all-MiniLM-L6-v2 encoder, mean pooling over the
 * attention mask and unit length (sentence-transformers' recipe), each text's two windows side by
 * side ({@link TokenWindows}), then the MLP head. It takes {@code input_ids} and {@code
 * attention_mask} (two rows per text × tokens, int64) from {@code tokenizer.json}; the encoder's
 * {@code token_type_ids} are all zero for one sentence and made inside the graph.
 */
final class MiniLmGraphs {
  static final String TOKENIZER_FILE = "tokenizer.json";
  private static final String IDS = "input_ids";
  private static final String MASK = "attention_mask";
  private static final String TYPES = "token_type_ids";

  private MiniLmGraphs() {}

  static Exported export(MiniLmMlpModel model, double[] decisionWeights) {
    ModelProto encoder = encoder();
    GraphProto.Builder proto = encoder.getGraph().toBuilder();
    String hidden = proto.getOutput(0).getName();
    proto.clearOutput();
    boolean typeInput = proto.getInputList().stream().anyMatch(i -> i.getName().equals(TYPES));
    if (typeInput) {
      // token_type_ids are all zero for one sentence: made from input_ids' shape, ahead of the
      // encoder's nodes so that the graph stays topologically sorted.
      proto.removeInput(indexOf(proto, TYPES));
      TensorProto zero =
          TensorProto.newBuilder()
              .setDataType(DataType.INT64.getNumber())
              .addDims(1)
              .addInt64Data(0)
              .build();
      proto.addNode(
          0,
          NodeProto.newBuilder()
              .setOpType("Shape")
              .setName("al/ids_shape")
              .addInput(IDS)
              .addOutput("al/ids_shape"));
      proto.addNode(
          1,
          NodeProto.newBuilder()
              .setOpType("ConstantOfShape")
              .setName("al/token_type_ids")
              .addInput("al/ids_shape")
              .addOutput(TYPES)
              .addAttribute(
                  AttributeProto.newBuilder()
                      .setName("value")
                      .setType(AttributeProto.AttributeType.TENSOR)
                      .setT(zero)));
    }
    Graph g = Graph.extend(encoder.toBuilder().setGraph(proto).build());
    String mask = g.op("Cast", new String[] {MASK}, "to", (long) DataType.FLOAT.getNumber());
    String mask3 = g.op("Unsqueeze", new String[] {mask}, "axes", new long[] {2});
    String masked = g.op("Mul", new String[] {hidden, mask3});
    String sum = g.op("ReduceSum", new String[] {masked}, "axes", new long[] {1}, "keepdims", 0L);
    String count = g.op("ReduceSum", new String[] {mask}, "axes", new long[] {1}, "keepdims", 1L);
    count = g.op("Max", new String[] {count, g.scalar("one", 1f)});
    String mean = g.op("Div", new String[] {sum, count});
    String squares = g.op("Mul", new String[] {mean, mean});
    String norm =
        g.op(
            "Sqrt",
            new String[] {
              g.op("ReduceSum", new String[] {squares}, "axes", new long[] {1}, "keepdims", 1L)
            });
    // sentence-transformers divides by max(norm, 1e-12) so that an all-zero vector stays zero.
    norm = g.op("Max", new String[] {norm, g.scalar("eps", 1e-12f)});
    String windowVector = g.op("Div", new String[] {mean, norm});
    // Rows 2i and 2i+1 are text i's head and tail windows: side by side, as the head was trained.
    String vector =
        g.op(
            "Reshape",
            new String[] {
              windowVector,
              g.longs("al/pair_shape", new long[] {-1, 2L * MiniLmEncoder.DIMENSION}, 2)
            });
    String logits = NeuralGraphs.mlp(g, vector, model.network());
    Heads.probabilities(g, logits, model.schema().classes().size(), decisionWeights);
    HuggingFaceTokenizer tokenizer = MiniLmEncoder.tokenizer();
    InputFeeder feeder =
        (env, rows) -> {
          List<long[]> windows = new ArrayList<>(2 * rows.size());
          for (String text : TextFeatures.documents(model.schema(), rows)) {
            long[] ids = tokenizer.encode(text).getIds();
            windows.add(TokenWindows.head(ids));
            windows.add(TokenWindows.tail(ids));
          }
          PaddedBatch batch = PaddedBatch.of(windows);
          return Map.of(
              IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), batch.shape()),
              MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(batch.mask()), batch.shape()));
        };
    return new Exported(
        g.model("Autolab minilm-mlp " + model.schema().target()),
        feeder,
        "text tokenized with tokenizer.json (no truncation), then two rows per text in"
            + " input_ids and attention_mask: its first "
            + MiniLmEncoder.MAX_TOKENS
            + " tokens ([CLS], the first tokens, [SEP]) and its last "
            + MiniLmEncoder.MAX_TOKENS
            + " ([CLS], the last tokens up to the closing [SEP]); a text that fits in one window"
            + " gives the same row twice",
        List.of(TOKENIZER_FILE));
  }

  /** The tokenizer file a user ships beside the graph. */
  static byte[] tokenizerBytes() {
    return ModelResources.bytes(MiniLmEncoder.TOKENIZER_RESOURCE);
  }

  private static int indexOf(GraphProto.Builder graph, String input) {
    for (int i = 0; i < graph.getInputCount(); i++) {
      if (graph.getInput(i).getName().equals(input)) {
        return i;
      }
    }
    throw new IllegalStateException("no input " + input);
  }

  private static ModelProto encoder() {
    try {
      return ModelProto.parseFrom(ModelResources.bytes(MiniLmEncoder.MODEL_RESOURCE));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot parse " + MiniLmEncoder.MODEL_RESOURCE, e);
    }
  }
}
