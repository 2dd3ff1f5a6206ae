package dev.autolab.neural.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Adam (decoupled weight decay as in AdamW, the global-norm clipping and the gradient norm folded
 * in) computed by the JVM over the tensors' own memory, for networks on the CPU: per parameter the
 * gradient and weight are copied out in bulk, updated in one vectorisable loop, and copied back,
 * and the gradient is zeroed. The formula is PyTorch's {@code torch.optim.Adam}: {@code m = b1 m +
 * (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2}, {@code w -= lr m / (1 - b1^t) / (sqrt(v / (1 -
 * b2^t)) + eps)}.
 *
 * <p>Written here because DJL's Adam costs more than the network it trains when the network is
 * small: its native update clones each gradient, adds a zero weight decay, and builds four
 * temporary tensors per parameter, which on the benchmark MLP took 38% of a step; with the norm's
 * two dozen small engine calls and a synchronisation, the optimizer made the step twice as slow as
 * PyTorch's. A direct view of CPU memory is what DJL offers for this ({@link
 * NDArray#toByteBuffer(boolean)}); tensors elsewhere (a GPU) keep DJL's optimizer.
 */
final class FusedAdam {
  static final float BETA1 = 0.9f;
  static final float BETA2 = 0.999f;
  static final float EPSILON = 1e-8f;

  private final float[][] means;
  private final float[][] variances;
  private final float[][] gradients;
  private final float[] scratch;
  private final float[] zeros;
  private long t;

  /** Fresh state (zero moments) for {@code weights}; see {@link #supports}. */
  FusedAdam(NDArray[] weights) {
    int n = weights.length;
    means = new float[n][];
    variances = new float[n][];
    gradients = new float[n][];
    int largest = 0;
    for (int i = 0; i < n; i++) {
      int size = Math.toIntExact(weights[i].size());
      means[i] = new float[size];
      variances[i] = new float[size];
      gradients[i] = new float[size];
      largest = Math.max(largest, size);
    }
    scratch = new float[largest];
    zeros = new float[largest];
  }

  /** Whether every weight is a float32 tensor in CPU memory, which this optimizer updates. */
  static boolean supports(NDArray[] weights) {
    for (NDArray weight : weights) {
      if (!weight.getDevice().equals(Device.cpu())
          || weight.getDataType() != DataType.FLOAT32
          || weight.size() > Integer.MAX_VALUE) {
        return false;
      }
    }
    return true;
  }

  /**
   * One update of {@code weights} from their gradients; zeroes the gradients.
   *
   * @param scope owns the gradient handles taken this step
   * @param clipNorm the global-norm ceiling, or 0 for none
   * @param weightDecay the decoupled decay (each weight shrinks by {@code lr * weightDecay} of
   *     itself), or 0
   * @return the gradients' joint L2 norm before clipping (NaN or infinite when a gradient is)
   */
  double update(
      NDArray[] weights, NDManager scope, float learningRate, double clipNorm, double weightDecay) {
    FloatBuffer[] grads = new FloatBuffer[weights.length];
    double squares = 0;
    for (int i = 0; i < weights.length; i++) {
      NDArray gradient = weights[i].getGradient();
      gradient.attach(scope);
      grads[i] = view(gradient);
      float[] g = gradients[i];
      grads[i].get(0, g, 0, g.length);
      squares += sumOfSquares(g);
    }
    double norm = Math.sqrt(squares);
    float scale = clipNorm > 0 && norm > clipNorm ? (float) (clipNorm / norm) : 1f;
    t++;
    float step = (float) (learningRate / (1 - Math.pow(BETA1, t)));
    float invRoot = (float) (1 / Math.sqrt(1 - Math.pow(BETA2, t)));
    float keep = (float) (1 - learningRate * weightDecay);
    for (int i = 0; i < weights.length; i++) {
      FloatBuffer w = view(weights[i]);
      int n = gradients[i].length;
      w.get(0, scratch, 0, n);
      adam(scratch, gradients[i], means[i], variances[i], n, scale, step, invRoot, keep);
      w.put(0, scratch, 0, n);
      grads[i].put(0, zeros, 0, n);
      if (t == 1) {
        checkWritten(weights[i], n);
      }
    }
    return norm;
  }

  /** The fused element loop; plain arrays and arithmetic, so that the JIT vectorises it. */
  private static void adam(
      float[] w,
      float[] g,
      float[] m,
      float[] v,
      int n,
      float scale,
      float step,
      float invRoot,
      float keep) {
    for (int j = 0; j < n; j++) {
      float grad = g[j] * scale;
      float mj = BETA1 * m[j] + (1 - BETA1) * grad;
      float vj = BETA2 * v[j] + (1 - BETA2) * grad * grad;
      m[j] = mj;
      v[j] = vj;
      w[j] = w[j] * keep - step * mj / ((float) Math.sqrt(vj) * invRoot + EPSILON);
    }
  }

  /** Four running sums side by side, which the processor adds in parallel. */
  private static double sumOfSquares(float[] g) {
    float a = 0;
    float b = 0;
    float c = 0;
    float d = 0;
    int j = 0;
    for (; j + 4 <= g.length; j += 4) {
      a += g[j] * g[j];
      b += g[j + 1] * g[j + 1];
      c += g[j + 2] * g[j + 2];
      d += g[j + 3] * g[j + 3];
    }
    for (; j < g.length; j++) {
      a += g[j] * g[j];
    }
    return (double) a + b + c + d;
  }

  /**
   * On the first update, that the weights the engine holds are those written: a view of a copy (a
   * tensor that is not contiguous) would silently train nothing.
   */
  private void checkWritten(NDArray weight, int n) {
    float[] held = weight.toFloatArray();
    for (int j = 0; j < n; j++) {
      if (Float.compare(held[j], scratch[j]) != 0) {
        throw new IllegalStateException(
            "the optimizer's writes did not reach the weights of shape " + weight.getShape());
      }
    }
  }

  private static FloatBuffer view(NDArray array) {
    return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }
}
