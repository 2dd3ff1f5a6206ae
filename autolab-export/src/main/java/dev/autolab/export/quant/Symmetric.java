package dev.autolab.export.quant;

/**
 * Symmetric linear quantization of a weight tensor: {@code q = round(w / scale)} with {@code scale
 * = max|w| / 127}, zero point 0, so that dequantization is a single multiplication.
 *
 * @param values the quantized values, one byte each
 * @param scale the dequantization scale
 */
record Symmetric(byte[] values, float scale) {
  static Symmetric int8(float[] w) {
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max > 0 ? max / 127f : 1f;
    byte[] q = new byte[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = (byte) Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
    }
    return new Symmetric(q, scale);
  }

  /**
   * Asymmetric uint8 over [min(0, w), max(0, w)]: {@code q = round(w / scale) + zero}. Weights of
   * {@code MatMulInteger} use it because x86 kernels for uint8 × int8 add pairs of products in 16
   * bits, which saturates (ONNX Runtime's documented u8s8 caveat); uint8 × uint8 does not.
   *
   * @return the values, with the zero point in {@link Asymmetric#zero}
   */
  static Asymmetric uint8(float[] w) {
    float lo = 0;
    float hi = 0;
    for (float v : w) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    float scale = hi > lo ? (hi - lo) / 255f : 1f;
    int zero = Math.max(0, Math.min(255, Math.round(-lo / scale)));
    byte[] q = new byte[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = (byte) Math.max(0, Math.min(255, Math.round(w[i] / scale) + zero));
    }
    return new Asymmetric(q, scale, zero);
  }

  /** Quantized uint8 values (as bytes), their scale and zero point. */
  record Asymmetric(byte[] values, float scale, int zero) {}
}
