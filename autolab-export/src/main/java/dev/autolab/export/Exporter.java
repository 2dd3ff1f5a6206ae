package dev.autolab.export;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Evaluator;
import dev.autolab.export.family.Exported;
import dev.autolab.export.family.Families;
import dev.autolab.export.quant.DynamicInt8;
import dev.autolab.export.quant.GraphOptimizer;
import dev.autolab.export.quant.Int4Weights;
import dev.autolab.export.quant.StaticInt8;
import dev.autolab.export.run.OnnxSession;
import dev.autolab.export.run.Timer;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.features.Targets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stage 5 for one packaged model: writes each asked-for variant into the model folder, runs it in
 * ONNX Runtime on the test split, compares it with the source model, times it, and picks the
 * recommended variant.
 */
public final class Exporter {
  /** Rows of the test split, from its start, that parity is checked on. */
  public static final int PROBE_ROWS = 64;

  /** Largest drop of the headline metric, in points, that the recommendation accepts. */
  public static final double MAX_DROP_POINTS = 0.5;

  private final Set<Format> formats;
  private final Timer timer;
  private final Consumer<String> progress;

  public Exporter(Set<Format> formats, Timer timer, Consumer<String> progress) {
    this.formats = formats;
    this.timer = timer;
    this.progress = progress;
  }

  /**
   * Exports {@code model} (loaded from {@code modelDir}) and measures every variant on {@code
   * test}; writes the variants and any side files into {@code modelDir}. Static quantization
   * calibrates on {@code calibration} (rows of the training split).
   */
  public Exports export(TrainedModel model, Path modelDir, List<Row> test, List<Row> calibration) {
    if (test.isEmpty()) {
      throw new IllegalArgumentException("no test rows to measure the variants on");
    }
    progress.accept("exporting " + model.family() + " to ONNX");
    Exported exported = Families.export(model);
    writeSideFiles(exported, modelDir);
    DatasetSchema schema = model.schema();
    List<Prediction> source = model.predict(test);
    Score sourceScore = Score.of(schema, test, source);
    List<Row> probe = test.subList(0, Math.min(PROBE_ROWS, test.size()));
    List<ExportVariant> variants = new ArrayList<>();
    ModelProto fp32 = exported.model();
    write(fp32, modelDir.resolve(Format.FP32.file()));
    for (Format format : formats) {
      progress.accept("variant " + format.id());
      Path file = modelDir.resolve(format.file());
      String skipped = build(format, fp32, modelDir, file, exported, calibration);
      if (skipped != null) {
        variants.add(ExportVariant.skipped(format.id(), format.precision(), skipped));
        continue;
      }
      variants.add(measure(format, file, exported, schema, test, probe, source, sourceScore));
    }
    return new Exports(
        Exports.SCHEMA_VERSION,
        model.family(),
        sourceScore.headline(),
        sourceScore.headlineValue(),
        exported.preprocessing(),
        exported.model().getGraph().getInputList().stream().map(i -> i.getName()).toList(),
        exported.sideFiles(),
        variants,
        recommend(variants, schema.task()),
        Exports.RULE);
  }

  /** Writes {@code format}'s file; returns why it was not built, or null. */
  private static String build(
      Format format,
      ModelProto fp32,
      Path modelDir,
      Path file,
      Exported exported,
      List<Row> calibration) {
    switch (format) {
      case FP32:
        return null;
      case OPTIMIZED:
        GraphOptimizer.optimize(modelDir.resolve(Format.FP32.file()), file);
        return null;
      case INT8:
        return writeOrSkip(DynamicInt8.quantize(fp32), file, "no MatMul/Gemm weight to quantize");
      case INT4:
        return writeOrSkip(
            Int4Weights.quantize(fp32),
            file,
            "no MatMul/Gemm weight with 32 or more inputs (trees, tiny layers)");
      case INT8_STATIC:
        return writeOrSkip(
            StaticInt8.quantize(fp32, exported.feeder(), calibration),
            file,
            "no MatMul/Gemm weight to quantize");
      default:
        throw new IllegalArgumentException(format.id());
    }
  }

  private static String writeOrSkip(ModelProto model, Path file, String why) {
    if (model == null) {
      deleteIfExists(file);
      return "skipped: " + why;
    }
    write(model, file);
    return null;
  }

  private ExportVariant measure(
      Format format,
      Path file,
      Exported exported,
      DatasetSchema schema,
      List<Row> test,
      List<Row> probe,
      List<Prediction> source,
      Score sourceScore) {
    boolean peakKnown = dev.autolab.export.run.PeakMemory.reset();
    try (OnnxSession session = new OnnxSession(file, exported.feeder())) {
      float[][] outputs = session.run(test);
      Score score = Score.ofOutputs(schema, test, outputs);
      Parity parity = parity(format, schema, source, outputs, probe.size());
      Timer.Figures t = timer.measure(session, probe);
      Map<String, Double> latency = new LinkedHashMap<>();
      latency.put("p50", round(t.p50(), 3));
      latency.put("p95", round(t.p95(), 3));
      double delta = 100 * (score.headlineValue() - sourceScore.headlineValue());
      return new ExportVariant(
          format.id(),
          "onnx",
          format.precision(),
          format.file(),
          size(file),
          score.metrics(),
          round(delta, 3),
          latency,
          round(t.throughput(), 1),
          peakKnown ? round(dev.autolab.export.run.PeakMemory.peakMb(), 1) : null,
          parity,
          null);
    }
  }

  private static Parity parity(
      Format format,
      DatasetSchema schema,
      List<Prediction> source,
      float[][] outputs,
      int probeRows) {
    double maxDiff = 0;
    for (int i = 0; i < probeRows; i++) {
      Prediction p = source.get(i);
      if (schema.task() == Task.REGRESSION) {
        maxDiff =
            Math.max(
                maxDiff, Math.abs(p.value() - outputs[i][0]) / Math.max(1, Math.abs(p.value())));
      } else {
        for (int k = 0; k < p.probabilities().length; k++) {
          maxDiff = Math.max(maxDiff, Math.abs(p.probabilities()[k] - outputs[i][k]));
        }
      }
    }
    Double agreement = null;
    if (schema.task() == Task.CLASSIFICATION) {
      int same = 0;
      for (int i = 0; i < source.size(); i++) {
        double[] p = new double[outputs[i].length];
        for (int k = 0; k < p.length; k++) {
          p[k] = outputs[i][k];
        }
        same += Evaluator.argMax(p) == Evaluator.argMax(source.get(i).probabilities()) ? 1 : 0;
      }
      agreement = round((double) same / source.size(), 5);
    }
    boolean fp32 = format.precision().equals("fp32");
    return new Parity(
        probeRows,
        maxDiff,
        fp32 ? Parity.FP32_TOLERANCE : null,
        agreement,
        !fp32 || maxDiff <= Parity.FP32_TOLERANCE);
  }

  /** The smallest built variant within {@link #MAX_DROP_POINTS} of the source (fp32 passing). */
  static String recommend(List<ExportVariant> variants, Task task) {
    ExportVariant best = null;
    for (ExportVariant v : variants) {
      if (v.file() == null || !v.parity().passed()) {
        continue;
      }
      // Deltas are "higher is better" points for classification; for RMSE a rise is a loss.
      double drop = task == Task.REGRESSION ? v.metricDelta() : -v.metricDelta();
      boolean fits = task == Task.REGRESSION ? drop <= 0.005 * 100 : drop <= MAX_DROP_POINTS;
      if (fits && (best == null || v.bytes() < best.bytes())) {
        best = v;
      }
    }
    return best == null ? Format.FP32.id() : best.name();
  }

  private static void writeSideFiles(Exported exported, Path modelDir) {
    for (String name : exported.sideFiles()) {
      Path file = modelDir.resolve(name);
      byte[] bytes = Families.sideFile(name);
      if (bytes != null && !Files.exists(file)) {
        try {
          Files.write(file, bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  static void write(ModelProto model, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      model.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double round(double value, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }

  /** Test metrics of one set of predictions. */
  record Score(String headline, double headlineValue, Map<String, Double> metrics) {
    static Score of(DatasetSchema schema, List<Row> rows, List<Prediction> predictions) {
      float[][] outputs = new float[predictions.size()][];
      for (int i = 0; i < outputs.length; i++) {
        Prediction p = predictions.get(i);
        double[] v =
            schema.task() == Task.REGRESSION ? new double[] {p.value()} : p.probabilities();
        outputs[i] = new float[v.length];
        for (int k = 0; k < v.length; k++) {
          outputs[i][k] = (float) v[k];
        }
      }
      return ofOutputs(schema, rows, outputs);
    }

    static Score ofOutputs(DatasetSchema schema, List<Row> rows, float[][] outputs) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      if (schema.task() == Task.REGRESSION) {
        double[] predicted = new double[outputs.length];
        for (int i = 0; i < predicted.length; i++) {
          predicted[i] = outputs[i][0];
        }
        var m = Evaluator.regression(Targets.values(schema, rows), predicted);
        metrics.put("rmse", round(m.rmse(), 6));
        metrics.put("r2", round(m.r2(), 6));
        return new Score("rmse", m.rmse(), metrics);
      }
      double[][] p = new double[outputs.length][];
      for (int i = 0; i < p.length; i++) {
        p[i] = new double[outputs[i].length];
        for (int k = 0; k < p[i].length; k++) {
          p[i][k] = outputs[i][k];
        }
      }
      var m = Evaluator.classification(schema.classes(), Targets.classIndices(schema, rows), p);
      metrics.put("accuracy", round(m.accuracy(), 6));
      metrics.put("macro_f1", round(m.macroF1(), 6));
      return new Score("macro_f1", m.macroF1(), metrics);
    }
  }
}
