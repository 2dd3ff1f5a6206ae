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
}
