package dev.autolab.export.run;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.autolab.core.Row;
import dev.autolab.export.family.InputFeeder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One exported file opened in ONNX Runtime, fed rows through its family's {@link InputFeeder}. */
public final class OnnxSession implements AutoCloseable {
  /** Rows per run when scoring many rows (TF-IDF inputs are wide: a batch is a dense matrix). */
  static final int BATCH = 32;

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final InputFeeder feeder;

  public OnnxSession(Path file, InputFeeder feeder) {
    this.feeder = feeder;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
      options.setInterOpNumThreads(1);
      session = env.createSession(file.toString(), options);
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** The graph's first output for {@code rows}, one float row per input row. */
  public float[][] run(List<Row> rows) {
    List<float[]> out = new ArrayList<>(rows.size());
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      try {
        Map<String, OnnxTensor> inputs = feeder.inputs(env, batch);
        try {
          for (float[] r : runPrepared(inputs)) {
            out.add(r);
          }
        } finally {
          inputs.values().forEach(OnnxTensor::close);
        }
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
      }
    }
    return out.toArray(float[][]::new);
  }

  /** The first output for inputs made beforehand (what latency measurements time). */
  public float[][] runPrepared(Map<String, OnnxTensor> inputs) throws OrtException {
    try (OrtSession.Result result = session.run(inputs)) {
      return (float[][]) result.get(0).getValue();
    }
  }

  /** The inputs of {@code rows}, made once for timing runs; the caller closes them. */
  public Map<String, OnnxTensor> prepare(List<Row> rows) {
    try {
      return feeder.inputs(env, rows);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot make inputs: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
