package dev.autolab.cli.evaluate;

import dev.autolab.cli.train.ModelScorer;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.EventSink;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.Evaluation;
import dev.autolab.eval.EvaluationTimings;
import dev.autolab.eval.control.ControlReport;
import dev.autolab.eval.edge.EdgeCase;
import dev.autolab.eval.edge.EdgeCases;
import dev.autolab.eval.gate.GateChecker;
import dev.autolab.eval.gate.GateInputs;
import dev.autolab.eval.gate.GateReport;
import dev.autolab.eval.gate.GatesFile;
import dev.autolab.eval.latency.LatencyProbe;
import dev.autolab.eval.latency.LatencyReport;
import dev.autolab.eval.quality.ClassificationAnalysis;
import dev.autolab.eval.quality.ScoredExamples;
import dev.autolab.eval.robust.AttackReport;
import dev.autolab.eval.robust.CharacterAttack;
import dev.autolab.eval.robust.RobustnessCheck;
import dev.autolab.eval.robust.RobustnessReport;
import dev.autolab.eval.slice.SliceMetrics;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Evaluates a packaged model the way a careful reviewer would: metrics, analysis, slices, edge
 * cases, robustness, attack, latency, control set, then the gates. Writes {@code edge_cases.jsonl}
 * into the output folder and returns what {@code evaluation.json} holds.
 */
public final class ModelAssessor {
  private final EvaluationSettings settings;
  private final EventSink journal;
  private final Clock clock;

  public ModelAssessor(EvaluationSettings settings, EventSink journal, Clock clock) {
    this.settings = settings;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * @param modelDir the package {@code model} was loaded from (for the cold start and its size)
   * @param rows the labelled rows to evaluate on
   * @param round the training round, journalled with each gate
   * @param outDir where {@code edge_cases.jsonl} goes
   */
  public Assessment assess(
      TrainedModel untimed, Path modelDir, List<Row> rows, String split, int round, Path outDir) {
    long start = System.nanoTime();
    TimedModel model = new TimedModel(untimed);
    DatasetSchema schema = model.schema();
    List<Row> labelled = ModelScorer.labelled(schema, rows);
    Evaluation evaluation = ModelScorer.evaluate(model, labelled, split, journal, clock);
    ModelAsScorer scorer = new ModelAsScorer(model);
    ClassificationAnalysis analysis = null;
    List<SliceMetrics> slices = null;
    RobustnessReport robustness = null;
    AttackReport attack = null;
    ControlReport control = null;
    if (schema.task() == Task.CLASSIFICATION && !labelled.isEmpty()) {
      ScoredExamples examples = examples(schema, labelled, scorer.score(labelled));
      analysis = ClassificationAnalysis.of(examples, Seeds.derive(settings.seed(), "bootstrap"));
      slices = new SliceChoice(schema, settings.sliceBy()).evaluate(labelled, examples);
      writeEdgeCases(outDir, EdgeCases.find(labelled, examples));
      robustness = robustness(schema, scorer, labelled, examples);
      attack = attack(schema, scorer, labelled, examples);
      control = control(model, schema, modelDir);
    }
    long latencyStart = System.nanoTime();
    LatencyReport latency = settings.latency() ? latency(modelDir, labelled) : null;
    double latencySeconds = (System.nanoTime() - latencyStart) / 1e9;
    GateReport gates =
        GateChecker.check(
            GatesFile.read(settings.gates()),
            settings.gates() == null ? "defaults" : settings.gates().toString(),
            new GateInputs(evaluation.metrics(), robustness, attack, latency, control),
            settings.gates() == null
                ? Path.of(".")
                : settings.gates().toAbsolutePath().getParent());
    GateJournal.record(gates, round, journal, clock);
    EvaluationTimings timings =
        new EvaluationTimings((System.nanoTime() - start) / 1e9, model.seconds(), latencySeconds);
    return new Assessment(
        evaluation,
        null,
        round,
        gates,
        analysis,
        slices,
        robustness,
        attack,
        latency,
        control,
        timings);
  }

  static ScoredExamples examples(DatasetSchema schema, List<Row> rows, double[][] probabilities) {
    int[] actual = new int[rows.size()];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = schema.classIndex(rows.get(i).get(schema.target()));
    }
    return new ScoredExamples(schema.classes(), actual, probabilities);
  }

  private RobustnessReport robustness(
      DatasetSchema schema, ModelAsScorer scorer, List<Row> labelled, ScoredExamples examples) {
    Path imageCopies;
    try {
      imageCopies = Files.createTempDirectory("autolab-perturbed-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for perturbed images", e);
    }
    try {
      return RobustnessCheck.run(
          scorer,
          labelled,
          examples,
          Perturbations.forSchema(schema, labelled, imageCopies),
          settings.seed());
    } finally {
      deleteTree(imageCopies);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing an evaluation for.
    }
  }

  private AttackReport attack(
      DatasetSchema schema, ModelAsScorer scorer, List<Row> rows, ScoredExamples examples) {
    List<ColumnSchema> text = schema.featuresOfType(ColumnType.TEXT);
    if (text.isEmpty() || settings.attackRows() <= 0) {
      return null;
    }
    return new CharacterAttack(scorer, text.get(0).name(), settings.attackRows(), settings.seed())
        .run(rows, examples);
  }

  private ControlReport control(TrainedModel model, DatasetSchema schema, Path modelDir) {
    if (settings.control() == null) {
      return null;
    }
    List<Row> rows = ControlSet.read(settings.control(), schema, modelDir);
    List<Prediction> predictions = model.predict(rows);
    double[][] probabilities =
        predictions.stream().map(Prediction::probabilities).toArray(double[][]::new);
    return ControlReport.of(
        settings.control().toString(), rows, examples(schema, rows, probabilities));
  }

  private static LatencyReport latency(Path modelDir, List<Row> rows) {
    return LatencyProbe.measure(
        () -> new ModelAsScorer(ModelLoader.load(modelDir)), rows, size(modelDir));
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(ModelAssessor::bytes).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  private static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeEdgeCases(Path outDir, List<EdgeCase> cases) {
    StringBuilder lines = new StringBuilder();
    cases.forEach(c -> lines.append(Json.line(c)).append('\n'));
    try {
      Files.createDirectories(outDir);
      Files.writeString(outDir.resolve("edge_cases.jsonl"), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write edge_cases.jsonl in " + outDir, e);
    }
  }
}
