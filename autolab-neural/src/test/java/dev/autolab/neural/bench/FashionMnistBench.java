package dev.autolab.neural.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.EngineInfo;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.loop.Knobs;
import dev.autolab.neural.loop.LoopControl;
import dev.autolab.neural.loop.LoopListener;
import dev.autolab.neural.loop.LoopResult;
import dev.autolab.neural.loop.Objective;
import dev.autolab.neural.loop.StepRecord;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.neural.loop.TrainingLoop;
import dev.autolab.neural.net.Mlp;
import dev.autolab.neural.net.Network;
import dev.autolab.neural.net.SmallCnn;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Trains the networks of the PyTorch reference ({@code peers_torch.py}) on Fashion-MNIST with
 * Autolab's loop and prints one {@code RESULT} JSON line per network with the same fields.
 *
 * <p>Usage: {@code FashionMnistBench [mlp,cnn] [epochs]}; data from {@code FASHION_MNIST_DIR}.
 */
public final class FashionMnistBench {
  private static final int BATCH = 128;

  /** Seeds weights, order and dropout; {@code -Dbench.seed=N} shows the spread across seeds. */
  private static final long SEED = Long.getLong("bench.seed", 0);

  private static final String DEFAULT_DIR = "/usr/share/datasets/fashion-mnist";

  private FashionMnistBench() {}

  public static void main(String[] args) throws Exception {
    String models = args.length > 0 ? args[0] : "mlp,cnn";
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    // The engine loads libtorch while this thread decompresses the data: both take about a second.
    CompletableFuture<EngineInfo> starting = CompletableFuture.supplyAsync(NeuralEngine::start);
    Path dir = Path.of(System.getenv().getOrDefault("FASHION_MNIST_DIR", DEFAULT_DIR));
    long t0 = System.nanoTime();
    Idx[] train = read(dir, "train");
    Idx[] test = read(dir, "t10k");
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    EngineInfo engine = starting.join();
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData trainData = tensors(manager, train);
      TensorData testData = tensors(manager, test);
      System.out.printf(
          Locale.ROOT,
          "engine %s %s start %.2fs, load data %.2fs, threads %d, loadavg %.2f%n",
          engine.name(),
          engine.version(),
          engine.startSeconds(),
          loadSeconds,
          engine.threads(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      for (String model : models.split(",")) {
        System.out.println("RESULT " + run(model, manager, trainData, testData, epochs, engine));
      }
    }
  }

  private static Idx[] read(Path dir, String split) throws java.io.IOException {
    return new Idx[] {
      Idx.read(dir.resolve(split + "-images-idx3-ubyte.gz")),
      Idx.read(dir.resolve(split + "-labels-idx1-ubyte.gz"))
    };
  }

  static TensorData tensors(NDManager manager, Idx[] split) {
    Idx images = split[0];
    Idx labels = split[1];
    int n = images.dims[0];
    NDArray raw =
        manager.create(
            ByteBuffer.wrap(images.data),
            new Shape(n, 1, images.dims[1], images.dims[2]),
            DataType.UINT8);
    NDArray x = raw.toType(DataType.FLOAT32, false).divi(255f);
    raw.close();
    NDArray y =
        manager
            .create(ByteBuffer.wrap(labels.data), new Shape(n), DataType.UINT8)
            .toType(DataType.INT64, false);
    return new TensorData(x, y);
  }

  private static String run(
      String model,
      NDManager manager,
      TensorData train,
      TensorData test,
      int epochs,
      EngineInfo engine) {
    try (NDManager scope = manager.newSubManager();
        Network network = network(model, scope)) {
      Knobs knobs =
          new Knobs().learningRate(1e-3).batchSize(BATCH).dropout(model.equals("cnn") ? 0.25 : 0);
      EpochTimer timer = new EpochTimer(train.size());
      TrainingLoop loop =
          new TrainingLoop(network, Objective.CROSS_ENTROPY, knobs, SEED).listen(timer);
      long runStart = System.nanoTime();
      LoopResult result = loop.fit(train, test, epochs);
      double accuracy = Inference.accuracy(network, test, scope);
      double throughput = Inference.throughput(network, test, scope);
      double[] latency = Inference.latencyMs(network, test, scope);
      double totalSeconds = (System.nanoTime() - runStart) / 1e9;
      return String.format(
          Locale.ROOT,
          "{\"framework\":\"autolab-djl-%s-libtorch-%s\",\"model\":\"%s\",\"params\":%d,\"epochs\":%d,"
              + "\"epoch_s\":%s,\"train_samples_per_s\":%s,\"train_loss\":%s,\"test_acc\":%.4f,"
              + "\"infer_b256_samples_per_s\":%.0f,\"infer_b1_p50_ms\":%.3f,\"infer_b1_p90_ms\":%.3f,"
              + "\"time_to_first_batch_s_since_proc_start\":%.2f,\"train_total_s\":%.2f,"
              + "\"threads\":%d,\"steps\":%d,\"seed\":%d,\"loadavg\":%.2f}",
          "0.36.0",
          engine.version(),
          model,
          network.parameters().size(),
          epochs,
          timer.epochSeconds(),
          timer.samplesPerSecond(),
          timer.losses(),
          accuracy,
          throughput,
          latency[0],
          latency[1],
          timer.firstBatchSinceProcessStart,
          totalSeconds,
          engine.threads(),
          result.steps(),
          SEED,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static Network network(String model, NDManager scope) {
    return switch (model) {
      case "mlp" -> new Mlp(scope.newSubManager(), new int[] {784, 256, 128, 10}, SEED);
      case "cnn" -> new SmallCnn(scope.newSubManager(), 1, 28, 10, false, SEED);
      default -> throw new IllegalArgumentException("unknown model " + model + ": mlp or cnn");
    };
  }

  /** Times epochs and the first batch, as the PyTorch script does. */
  private static final class EpochTimer implements LoopListener {
    private final int rows;
    private final List<Double> seconds = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private long epochStart = System.nanoTime();
    private double lossSum;
    private int steps;
    double firstBatchSinceProcessStart = -1;

    EpochTimer(int rows) {
      this.rows = rows;
    }

    @Override
    public void onStart(LoopControl control) {
      epochStart = System.nanoTime();
    }

    @Override
    public void onStep(StepRecord step, LoopControl control) {
      if (firstBatchSinceProcessStart < 0) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        firstBatchSinceProcessStart = (System.currentTimeMillis() - start) / 1e3;
      }
      lossSum += step.loss();
      steps++;
    }

    @Override
    public void onEpochEnd(int epoch, LoopControl control) {
      long now = System.nanoTime();
      seconds.add((now - epochStart) / 1e9);
      losses.add(lossSum / steps);
      lossSum = 0;
      steps = 0;
      epochStart = System.nanoTime();
    }

    String epochSeconds() {
      return format(seconds.stream().mapToDouble(d -> d).toArray(), "%.2f");
    }

    String samplesPerSecond() {
      return format(seconds.stream().mapToDouble(d -> rows / d).toArray(), "%.0f");
    }

    String losses() {
      return format(losses.stream().mapToDouble(d -> d).toArray(), "%.4f");
    }

    private static String format(double[] values, String pattern) {
      return Arrays.stream(values)
          .mapToObj(v -> String.format(Locale.ROOT, pattern, v))
          .reduce((a, b) -> a + "," + b)
          .map(s -> "[" + s + "]")
          .orElse("[]");
    }
  }
}
