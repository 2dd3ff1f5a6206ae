package dev.autolab.neural.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PyTorch engine, started once per process with settings that keep it offline: no downloads
 * (the native library comes from the class path), no usage tracking, a cache directory Autolab
 * owns, and as many intra-op threads as the machine has cores. {@link #start()} must run before any
 * other DJL class reads its configuration, so every entry point into this module calls it.
 */
public final class NeuralEngine {
  /** Overrides where libtorch is extracted (default {@code ~/.cache/autolab/djl}). */
  public static final String CACHE_DIR_PROPERTY = "autolab.djl.cache";

  /** Overrides the intra-op thread count (default: the cores the JVM sees). */
  public static final String THREADS_PROPERTY = "autolab.torch.threads";

  private static EngineInfo info;

  /**
   * Asked of the engine once: each query probes CUDA again, and on a machine whose driver is too
   * old for the CUDA runtime every probe logs the same warning.
   */
  private static Device device;

  private NeuralEngine() {}

  /** Starts the engine on first call and describes it; later calls return the same description. */
  public static synchronized EngineInfo start() {
    if (info == null) {
      long begin = System.nanoTime();
      configure();
      boolean tuned = NativeMemory.tune();
      Engine engine = Engine.getEngine("PyTorch");
      double seconds = (System.nanoTime() - begin) / 1e9;
      info =
          new EngineInfo(
              engine.getEngineName(),
              engine.getVersion(),
              threads(),
              device(engine).toString(),
              seconds,
              tuned);
    }
    return info;
  }

  /** The engine's description if this process started it, without starting it. */
  public static synchronized Optional<EngineInfo> started() {
    return Optional.ofNullable(info);
  }

  /** The device networks train on: the first GPU where the CUDA build sees one, else the CPU. */
  public static synchronized Device device() {
    return device(Engine.getEngine("PyTorch"));
  }

  private static synchronized Device device(Engine engine) {
    if (device == null) {
      device = engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }
    return device;
  }

  /**
   * Sets the engine's intra-op thread count for what runs next in this process (a process-wide
   * setting of the engine). {@link #start()} must have run.
   */
  public static void intraOpThreads(int threads) {
    ai.djl.pytorch.jni.JniUtils.setNumThreads(threads);
  }

  /**
   * Runs {@code work} with {@code threads} intra-op threads, then restores the count it found.
   * (With OpenMP the count belongs to the calling thread, so other threads' work is not touched.)
   */
  public static <T> T withThreads(int threads, java.util.function.Supplier<T> work) {
    int before = intraOpThreads();
    if (before == threads) {
      return work.get();
    }
    intraOpThreads(threads);
    try {
      return work.get();
    } finally {
      intraOpThreads(before);
    }
  }

  /**
   * Runs {@code work} with the engine's gradient recording off on this thread, as inference should
   * run: with it on (the engine's default on every new thread), each operation on weights that
   * learn also records how to differentiate it, which a prediction never uses. (The mode belongs to
   * the calling thread, so a training elsewhere is not touched.)
   */
  public static <T> T withoutGradients(java.util.function.Supplier<T> work) {
    if (!ai.djl.pytorch.jni.JniUtils.isGradMode()) {
      return work.get();
    }
    ai.djl.pytorch.jni.JniUtils.setGradMode(false);
    try {
      return work.get();
    } finally {
      ai.djl.pytorch.jni.JniUtils.setGradMode(true);
    }
  }

  /** The engine's intra-op thread count now. */
  public static int intraOpThreads() {
    return ai.djl.pytorch.jni.JniUtils.getNumThreads();
  }

  /** Sets DJL's system properties; values the user already set win. */
  private static void configure() {
    // Offline: a download attempt fails loudly instead of fetching.
    setDefault("ai.djl.offline", "true");
    // Without it, engine start-up queries a cloud metadata address (a usage-tracking check).
    setDefault("OPT_OUT_TRACKING", "true");
    setDefault("ai.djl.default_engine", "PyTorch");
    setDefault("DJL_CACHE_DIR", cacheDir().toString());
    setDefault("ENGINE_CACHE_DIR", cacheDir().toString());
    setDefault("ai.djl.pytorch.num_threads", Integer.toString(threads()));
    // One inter-op thread: the loop is sequential, extra pools only compete for the cores.
    setDefault("ai.djl.pytorch.num_interop_threads", "1");
    // The graph optimizer only concerns TorchScript models, which Autolab does not run.
    setDefault("ai.djl.pytorch.graph_optimizer", "false");
  }

  /** Where the native library is extracted once and reused by every later start. */
  public static Path cacheDir() {
    String configured = System.getProperty(CACHE_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "autolab", "djl");
  }

  static int threads() {
    String configured = System.getProperty(THREADS_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Integer.parseInt(configured.trim());
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** DJL reads an environment variable before the property of the same name, so those win too. */
  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
