package dev.autolab.cli;

import dev.autolab.cli.predict.InputCleaning;
import dev.autolab.cli.predict.PredictionWriter;
import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.report.Tables;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.cli.train.ModelScorer;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableReader;
import dev.autolab.eval.Evaluation;
import dev.autolab.export.run.OnnxVariantModel;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autolab predict MODEL_DIR INPUT}: one JSON object per input row. When the input also holds
 * the target column, the metrics on it are printed and saved in the predict run.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Predict with a packaged model; JSONL with the label and class probabilities.")
public final class PredictCommand implements Callable<Integer> {
  private static final int BATCH = 512;

  @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "A model/ package.")
  Path modelDir;

  @Parameters(index = "1", paramLabel = "INPUT", description = "Rows to predict (CSV/TSV/JSONL).")
  Path input;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSONL here (default: stdout).")
  Path out;

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description =
          "Answer with an exported ONNX variant in ONNX Runtime (fp32, fp32-optimized, int8,"
              + " int4) instead of the model as trained.")
  String variant;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    TrainedModel source = ModelLoader.load(modelDir);
    TrainedModel model =
        variant == null ? source : OnnxVariantModel.open(source, modelDir, variant);
    Table table = InputCleaning.apply(modelDir, TableReader.read(input));
    checkColumns(model, table);
    Clock clock = Clock.systemUTC();
    String[] args = CommonOptions.originalArgs(spec);
    try (RunRecorder run =
        RunRecorder.start("predict", args, null, common.runsDir(), common.trackingFile(), clock)) {
      run.record().config = config();
      return run.execute("evaluation", () -> predictIn(run, model, table, clock));
    }
  }

  private int predictIn(RunRecorder run, TrainedModel model, Table table, Clock clock) {
    List<Prediction> predictions = predict(model, table.rows());
    PredictionWriter.write(model.schema(), table, predictions, out, spec.commandLine().getOut());
    if (table.columns().contains(model.schema().target())) {
      Evaluation evaluation =
          ModelScorer.evaluate(model, table.rows(), "input", run.journal(), clock);
      Json.write(run.dir().resolve("evaluation.json"), evaluation);
      spec.commandLine().getErr().print(Tables.evaluation(evaluation));
    }
    run.record().result = Map.of("rows", table.rows().size(), "errors", table.quarantined().size());
    return 0;
  }

  private Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("model", modelDir.toAbsolutePath().normalize().toString());
    config.put("input", input.toAbsolutePath().normalize().toString());
    config.put("variant", variant == null ? "source" : variant);
    config.put("out", out == null ? "stdout" : out.toAbsolutePath().toString());
    return config;
  }

  private List<Prediction> predict(TrainedModel model, List<Row> rows) {
    TerminalProgress progress = TerminalProgress.onStandardError();
    progress.start("predicting", rows.size());
    List<Prediction> predictions = new ArrayList<>(rows.size());
    for (int from = 0; from < rows.size(); from += BATCH) {
      predictions.addAll(model.predict(rows.subList(from, Math.min(rows.size(), from + BATCH))));
      progress.advance(predictions.size());
    }
    progress.finish();
    return predictions;
  }

  private void checkColumns(TrainedModel model, Table table) {
    List<String> missing =
        model.schema().features().stream()
            .map(ColumnSchema::name)
            .filter(name -> !table.columns().contains(name))
            .toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(
          input
              + ": missing column(s) "
              + missing
              + " that the model reads; the file has "
              + table.columns());
    }
  }
}
