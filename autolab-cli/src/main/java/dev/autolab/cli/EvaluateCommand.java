package dev.autolab.cli;

import dev.autolab.cli.evaluate.EvaluationOptions;
import dev.autolab.cli.evaluate.ModelAssessor;
import dev.autolab.cli.predict.InputCleaning;
import dev.autolab.cli.report.EvaluationPage;
import dev.autolab.cli.report.Tables;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.Json;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableReader;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.gate.GatesFile;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.TrainedModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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
 * {@code autolab evaluate MODEL_DIR DATA}: the whole evaluation of a packaged model on labelled
 * rows, with the gates, into a run folder of its own.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a packaged model on labelled data: metrics, slices, robustness, attack, latency,"
          + " control set and quality gates.",
      "Writes evaluation.json, edge_cases.jsonl and report.html; prints the verdict."
    })
public final class EvaluateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "A model/ package.")
  Path modelDir;

  @Parameters(index = "1", paramLabel = "DATA", description = "Labelled rows (CSV/TSV/JSONL).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<id>).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the bootstrap, perturbations and attack (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin EvaluationOptions evaluation;
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    GatesFile.read(evaluation.gates); // a bad gates file fails before any work
    TrainedModel model = ModelLoader.load(modelDir);
    Table table = InputCleaning.apply(modelDir, TableReader.read(data));
    checkColumns(model, table);
    Clock clock = Clock.systemUTC();
    try (RunRecorder run =
        RunRecorder.start(
            "evaluate",
            CommonOptions.originalArgs(spec),
            out,
            common.runsDir(),
            common.trackingFile(),
            clock)) {
      run.record().config = config();
      run.save();
      return run.execute("evaluation", () -> evaluateIn(run, model, table, clock));
    }
  }

  private int evaluateIn(RunRecorder run, TrainedModel model, Table table, Clock clock) {
    Assessment assessment =
        new ModelAssessor(evaluation.settings(seed), run.journal(), clock)
            .assess(model, modelDir, table.rows(), "input", 1, run.dir());
    Json.write(run.dir().resolve("evaluation.json"), assessment);
    EvaluationPage.write(run.dir(), "Evaluation of " + modelDir, assessment);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("rows", assessment.evaluation().n());
    result.put("verdict", assessment.verdict());
    run.record().result = result;
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(Tables.evaluation(assessment.evaluation()));
    printer.println(Tables.gates(assessment));
    printer.println("run     " + run.id());
    printer.println("report  " + run.dir().resolve("report.html"));
    printer.flush();
    return 0;
  }

  private Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("model", modelDir.toAbsolutePath().normalize().toString());
    config.put("data", data.toAbsolutePath().normalize().toString());
    config.put("seed", seed);
    config.put("slice_by", evaluation.sliceBy);
    config.put("control", evaluation.control == null ? null : evaluation.control.toString());
    config.put("gates", evaluation.gates == null ? "defaults" : evaluation.gates.toString());
    return config;
  }

  private void checkColumns(TrainedModel model, Table table) {
    List<String> missing =
        model.schema().features().stream()
            .map(ColumnSchema::name)
            .filter(name -> !table.columns().contains(name))
            .toList();
    if (!missing.isEmpty() || !table.columns().contains(model.schema().target())) {
      throw new BadInputException(
          data
              + ": evaluation needs the model's columns "
              + missing
              + " and the target '"
              + model.schema().target()
              + "'; the file has "
              + table.columns());
    }
  }
}
