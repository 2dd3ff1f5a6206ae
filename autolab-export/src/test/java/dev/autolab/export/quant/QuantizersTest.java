package dev.autolab.export.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.autolab.export.onnx.Graph;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rewrites against arithmetic done here by hand: a Gemm layer quantized each way must compute
 * what its dequantized weights compute, which pins down scales, zero points and the 4-bit packing.
 */
class QuantizersTest {
  private static final int IN = 70; // not a multiple of the 32-wide int4 block: tests the padding
  private static final int OUT = 5;
  private static final int ROWS = 4;

  private final Random random = new Random(11);
  private final float[] weight = randoms(OUT * IN);
  private final float[] bias = randoms(OUT);
  private final float[] x = randoms(ROWS * IN);

  private ModelProto gemm() {
    Graph g = new Graph("gemm");
    String in = g.input("x", DataType.FLOAT, -1, IN);
    String y =
        g.op(
            "Gemm",
            new String[] {in, g.floats("w", weight, OUT, IN), g.floats("b", bias, OUT)},
            "transB",
            1L);
    g.node("", "Identity", new String[] {y}, new String[] {"y"});
    g.output("y", DataType.FLOAT, -1, OUT);
    return g.model("test");
  }

  @Test
  void int4MatchesItsOwnDequantizedWeightsExactly() throws OrtException {
    ModelProto q = Int4Weights.quantize(gemm());
    assertThat(q.getGraph().getNodeList()).extracting(NodeProto::getOpType).contains("MatMulNBits");
    float[] expected = reference(blockDequantized());
    float[] actual = run(q);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-4f));
    }
  }

  @Test
  void dynamicInt8ComputesTheIntegerArithmeticOfTheOnnxSpec() throws OrtException {
    ModelProto q = DynamicInt8.quantize(gemm());
    assertThat(q.getGraph().getNodeList())
        .extracting(NodeProto::getOpType)
        .contains("DynamicQuantizeLinear", "MatMulInteger")
        .doesNotContain("Gemm");
    float[] actual = run(q);
    float[] exact = run(gemm());
    float[] expected = reference(dynamicInt8Reference()); // replaces x by its quantized values
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-3f));
      // and within 8-bit steps of the float answer: a few tenths at magnitudes near 20
      assertThat(actual[i]).isCloseTo(exact[i], within(0.5f));
    }
  }

  /**
   * The input quantized to uint8 over [min(0, x), max(0, x)] of the whole tensor (the spec of
   * DynamicQuantizeLinear), the weights to uint8 over their own range, then dequantized: what the
   * integer product computes, expressed as float weights and inputs.
   */
  private float[] dynamicInt8Reference() {
    float lo = 0;
    float hi = 0;
    for (float v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    float xs = (hi - lo) / 255f;
    float zp = Math.max(0, Math.min(255, Math.round(-lo / xs)));
    for (int i = 0; i < x.length; i++) {
      float qx = Math.max(0, Math.min(255, (float) Math.rint(x[i] / xs) + zp));
      x[i] = (qx - zp) * xs; // the reference then multiplies the dequantized input
    }
    float wlo = 0;
    float whi = 0;
    for (float v : weight) {
      wlo = Math.min(wlo, v);
      whi = Math.max(whi, v);
    }
    float ws = (whi - wlo) / 255f;
    int wzp = Math.round(-wlo / ws);
    float[] w = new float[weight.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (Math.max(0, Math.min(255, Math.round(weight[i] / ws) + wzp)) - wzp) * ws;
    }
    return w;
  }

  @Test
  void tinyWeightsAreLeftAlone() {
    Graph g = new Graph("tiny");
    String in = g.input("x", DataType.FLOAT, -1, 3);
    String y =
        g.op(
            "Gemm",
            new String[] {in, g.floats("w", new float[6], 2, 3), g.floats("b", new float[2], 2)},
            "transB",
            1L);
    g.node("", "Identity", new String[] {y}, new String[] {"y"});
    g.output("y", DataType.FLOAT, -1, 2);
    assertThat(DynamicInt8.quantize(g.model("tiny"))).isNull();
    assertThat(Int4Weights.quantize(g.model("tiny"))).isNull();
  }

  /** The weights as MatMulNBits sees them: per output, blocks of 32 inputs, scale max/7. */
  private float[] blockDequantized() {
    float[] w = new float[OUT * IN];
    for (int o = 0; o < OUT; o++) {
      for (int b = 0; b * 32 < IN; b++) {
        float max = 0;
        for (int i = b * 32; i < Math.min(IN, b * 32 + 32); i++) {
          max = Math.max(max, Math.abs(weight[o * IN + i]));
        }
        float scale = max / 7f;
        for (int i = b * 32; i < Math.min(IN, b * 32 + 32); i++) {
          int q = Math.max(-8, Math.min(7, Math.round(weight[o * IN + i] / scale)));
          w[o * IN + i] = q * scale;
        }
      }
    }
    return w;
  }

  private float[] reference(float[] w) {
    float[] y = new float[ROWS * OUT];
    for (int r = 0; r < ROWS; r++) {
      for (int o = 0; o < OUT; o++) {
        double sum = bias[o];
        for (int i = 0; i < IN; i++) {
          sum += (double) x[r * IN + i] * w[o * IN + i];
        }
        y[r * OUT + o] = (float) sum;
      }
    }
    return y;
  }

  private float[] run(ModelProto model) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session =
            env.createSession(model.toByteArray(), new OrtSession.SessionOptions());
        OnnxTensor input =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {ROWS, IN});
        OrtSession.Result result = session.run(Map.of("x", input))) {
      float[][] out = (float[][]) result.get(0).getValue();
      float[] flat = new float[ROWS * OUT];
      for (int r = 0; r < ROWS; r++) {
        System.arraycopy(out[r], 0, flat, r * OUT, OUT);
      }
      return flat;
    }
  }

  private float[] randoms(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
