package dev.autolab.neural.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.autolab.neural.net.ParameterSet;
import java.nio.FloatBuffer;
import java.util.Arrays;

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

  /**
   * Moments smaller than this are flushed to zero. A moment that stops receiving gradient (an input
   * pixel that is rarely lit, a unit that stopped firing) decays by {@code beta1} a step and
   * becomes a subnormal float after a few hundred steps; arithmetic on subnormals runs about ten
   * times slower on x86, and the JVM cannot switch the processor's flush-to-zero mode on. Flushing
   * below 1e-30 changes no step that a float could resolve: the moment it removes is 1e-22 of a
   * typical one.
   */
  static final float TINY = 1e-30f;

  /**
   * Updates are split in blocks of this many elements. Each block's sum of squares is kept apart
   * and the norm adds them in block order, so the norm (and the clipping it decides) does not
   * depend on how many pieces ran.
   */
  static final int BLOCK = 16_384;

  static {
    warmUp();
  }

  /**
   * Runs the element loops on a few small arrays, so that the JIT compiles them (in the background,
   * while the engine and the data are being set up) before the first step: the first updates of a
   * large network otherwise run the loops interpreted, several milliseconds each.
   */
  private static void warmUp() {
    int n = 2048;
    float[] w = new float[n];
    float[] g = new float[n];
    float[] m = new float[n];
    float[] v = new float[n];
    Arrays.fill(g, 1e-3f);
    double sink = 0;
    for (int i = 0; i < 200; i++) {
      adam(w, g, m, v, 0, n, 1f, 1e-3f, 1f, 1f);
      sink += sumOfSquares(g, 0, n);
    }
    if (Double.isNaN(sink + w[0])) {
      throw new AssertionError("warm-up produced NaN");
    }
  }

  private final float[][] means;
  private final float[][] variances;
  private final float[][] gradients;
  private final float[][] values;
  private final int parts;
  private final StepHelpers helpers;
  private final double[][] blockSquares;
  private long t;

  /**
   * Fresh state (zero moments) for {@code weights}, updated on one thread; see {@link #supports}.
   */
  FusedAdam(NDArray[] weights) {
    this(weights, 1);
  }

  /**
   * Fresh state for {@code weights}, each update split into {@code parts} pieces that run side by
   * side where helper threads are free. The split is fixed by the sizes and {@code parts}, so the
   * same inputs give the same weights whichever threads run the pieces.
   */
  FusedAdam(NDArray[] weights, int parts) {
    int n = weights.length;
    means = new float[n][];
    variances = new float[n][];
    gradients = new float[n][];
    values = new float[n][];
    blockSquares = new double[n][];
    long total = 0;
    for (int i = 0; i < n; i++) {
      int size = Math.toIntExact(weights[i].size());
      means[i] = new float[size];
      variances[i] = new float[size];
      gradients[i] = new float[size];
      values[i] = new float[size];
      blockSquares[i] = new double[(size + BLOCK - 1) / BLOCK];
      total += size;
    }
    this.helpers = StepHelpers.shared();
    // A piece below a block costs more to hand over than it saves.
    long useful = Math.max(1, total / BLOCK);
    this.parts = (int) Math.max(1, Math.min(Math.min(parts, helpers.width()), useful));
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
    // Engine calls stay on this thread; the pieces touch only memory.
    FloatBuffer[] grads = new FloatBuffer[weights.length];
    FloatBuffer[] held = new FloatBuffer[weights.length];
    for (int i = 0; i < weights.length; i++) {
      NDArray gradient = weights[i].getGradient();
      gradient.attach(scope);
      grads[i] = ParameterSet.memory(gradient);
      held[i] = ParameterSet.memory(weights[i]);
    }
    t++;
    float step = (float) (learningRate / (1 - Math.pow(BETA1, t)));
    float invRoot = (float) (1 / Math.sqrt(1 - Math.pow(BETA2, t)));
    float keep = (float) (1 - learningRate * weightDecay);
    double norm;
    if (clipNorm > 0) {
      // The norm decides the scale of every gradient: all of it first, then the update.
      helpers.run(parts, p -> gather(grads, p));
      norm = norm();
      float scale = norm > clipNorm ? (float) (clipNorm / norm) : 1f;
      helpers.run(parts, p -> apply(grads, held, p, scale, step, invRoot, keep));
    } else {
      helpers.run(
          parts,
          p -> {
            gather(grads, p);
            apply(grads, held, p, 1f, step, invRoot, keep);
          });
      norm = norm();
    }
    if (t == 1) {
      for (int i = 0; i < weights.length; i++) {
        checkWritten(weights[i], values[i]);
      }
    }
    return norm;
  }

  /** The first moments of weight {@code i} (for tests). */
  float[] means(int i) {
    return means[i];
  }

  /** How many pieces an update is split into. */
  int parts() {
    return parts;
  }

  /** The gradients' L2 norm from the blocks' sums of squares, added in a fixed order. */
  private double norm() {
    double total = 0;
    for (double[] blocks : blockSquares) {
      for (double squares : blocks) {
        total += squares;
      }
    }
    return Math.sqrt(total);
  }

  /**
   * The first element of part {@code p} of a parameter of {@code n} elements: parts are whole
   * blocks of {@link #BLOCK} elements, shared out by a fixed rule.
   */
  private int from(int n, int p) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    return (int) Math.min(n, (long) BLOCK * ((long) blocks * p / parts));
  }

  /** Copies part {@code p} of every gradient out of the engine and sums its blocks' squares. */
  private void gather(FloatBuffer[] grads, int p) {
    for (int i = 0; i < grads.length; i++) {
      float[] g = gradients[i];
      int lo = from(g.length, p);
      int hi = from(g.length, p + 1);
      grads[i].get(lo, g, lo, hi - lo);
      for (int block = lo; block < hi; block += BLOCK) {
        blockSquares[i][block / BLOCK] = sumOfSquares(g, block, Math.min(hi, block + BLOCK));
      }
    }
  }

  /** Updates part {@code p} of every weight and zeroes that part of its gradient. */
  private void apply(
      FloatBuffer[] grads,
      FloatBuffer[] held,
      int p,
      float scale,
      float step,
      float invRoot,
      float keep) {
    for (int i = 0; i < grads.length; i++) {
      float[] w = values[i];
      float[] g = gradients[i];
      int lo = from(g.length, p);
      int hi = from(g.length, p + 1);
      held[i].get(lo, w, lo, hi - lo);
      adam(w, g, means[i], variances[i], lo, hi, scale, step, invRoot, keep);
      held[i].put(lo, w, lo, hi - lo);
      // The gradient copy is spent: zeros written from it clear the engine's gradient.
      Arrays.fill(g, lo, hi, 0f);
      grads[i].put(lo, g, lo, hi - lo);
    }
  }

  /**
   * The fused element loop. Plain arrays all indexed alike, so that the JIT vectorises it (an
   * offset on one array and not the others stops it, measured at 3.5 times slower); the flush of
   * {@link #TINY} moments is written with min and max, which vectorise, where a branch would not.
   */
  private static void adam(
      float[] w,
      float[] g,
      float[] m,
      float[] v,
      int lo,
      int hi,
      float scale,
      float step,
      float invRoot,
      float keep) {
    for (int j = lo; j < hi; j++) {
      float grad = g[j] * scale;
      float mj = BETA1 * m[j] + (1 - BETA1) * grad;
      mj -= Math.max(-TINY, Math.min(mj, TINY));
      float vj = BETA2 * v[j] + (1 - BETA2) * grad * grad;
      vj -= Math.min(vj, TINY);
      m[j] = mj;
      v[j] = vj;
      w[j] = w[j] * keep - step * mj / ((float) Math.sqrt(vj) * invRoot + EPSILON);
    }
  }

  /** Four running sums side by side, which the processor adds in parallel. */
  private static double sumOfSquares(float[] g, int lo, int hi) {
    float a = 0;
    float b = 0;
    float c = 0;
    float d = 0;
    int j = lo;
    for (; j + 4 <= hi; j += 4) {
      a += g[j] * g[j];
      b += g[j + 1] * g[j + 1];
      c += g[j + 2] * g[j + 2];
      d += g[j + 3] * g[j + 3];
    }
    for (; j < hi; j++) {
      a += g[j] * g[j];
    }
    return (double) a + b + c + d;
  }

  /**
   * On the first update, that the weights the engine holds are those written: a view of a copy (a
   * tensor that is not contiguous) would silently train nothing.
   */
  private static void checkWritten(NDArray weight, float[] written) {
    float[] held = weight.toFloatArray();
    for (int j = 0; j < written.length; j++) {
      if (Float.compare(held[j], written[j]) != 0) {
        throw new IllegalStateException(
            "the optimizer's writes did not reach the weights of shape " + weight.getShape());
      }
    }
  }
}
