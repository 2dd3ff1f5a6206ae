package dev.autolab.export.quant;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/** The float initializers of a graph by name, read whichever way the tensor stores them. */
final class Weights {
  private final Map<String, TensorProto> byName = new HashMap<>();

  Weights(GraphProto.Builder graph) {
    for (TensorProto t : graph.getInitializerList()) {
      byName.put(t.getName(), t);
    }
  }

  /**
   * The float32 initializer {@code name}, or null when it is none (an activation, another type).
   */
  TensorProto floatTensor(String name) {
    TensorProto t = byName.get(name);
    return t != null && t.getDataType() == TensorProto.DataType.FLOAT.getNumber() ? t : null;
  }

  static float[] values(TensorProto t) {
    if (!t.getRawData().isEmpty()) {
      FloatBuffer buffer =
          t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
      float[] out = new float[buffer.remaining()];
      buffer.get(out);
      return out;
    }
    float[] out = new float[t.getFloatDataCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.getFloatData(i);
    }
    return out;
  }

  static TensorProto floats(String name, float[] values, long... dims) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return tensor(name, TensorProto.DataType.FLOAT, b.array(), dims);
  }

  static TensorProto tensor(String name, TensorProto.DataType type, byte[] raw, long... dims) {
    TensorProto.Builder t =
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(type.getNumber())
            .setRawData(ByteString.copyFrom(raw));
    for (long d : dims) {
      t.addDims(d);
    }
    return t.build();
  }

  /** {@code w} (rows × cols, row-major) transposed. */
  static float[] transpose(float[] w, int rows, int cols) {
    float[] t = new float[w.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t[c * rows + r] = w[r * cols + c];
      }
    }
    return t;
  }
}
