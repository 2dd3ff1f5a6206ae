package dev.autolab.cli;

import dev.autolab.cli.evaluate.EvaluationOptions;
import dev.autolab.cli.run.ResumedRun;
import dev.autolab.cli.train.TrainOptions;
import dev.autolab.cli.train.TrainPipeline;
import dev.autolab.core.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code autolab train}: the whole loop, from a data file to a packaged, evaluated model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Prepare the data, train and select candidate models, evaluate the best on the test split,"
          + " and package it.",
      "Prints where the model and the report are."
    })
public final class TrainCommand implements Callable<Integer> {
  /** What may be given beside --resume: where the runs are, and how much to print. */
  private static final Set<String> BESIDE_RESUME = Set.of("--resume", "--home", "--verbose");

  @Mixin DataOptions data;
  @Mixin TrainOptions options;
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "Finish an interrupted training run (its folder or its id) in its own folder, with the"
              + " data and options it was started with: the trials it finished are restored, the"
              + " others train again within what is left of its time budget.")
  String resume;

  @Override
  public Integer call() {
    if (resume != null) {
      return resume();
    }
    return new TrainPipeline(
            data, options, common, spec.commandLine().getOut(), CommonOptions.originalArgs(spec))
        .run();
  }

  private int resume() {
    refuseOptionsBesideResume();
    ResumedRun run = ResumedRun.find(resume, common.trackingFile());
    TrainCommand recorded = recorded(run);
    return TrainPipeline.resuming(
            run, recorded.data, recorded.options, common, spec.commandLine().getOut())
        .run();
  }

  /** A resumed run keeps its own data, folder and options: giving others is bad usage. */
  private void refuseOptionsBesideResume() {
    ParseResult parsed = spec.commandLine().getParseResult();
    if (!parsed.matchedPositionals().isEmpty()) {
      throw new BadInputException(
          "DATA cannot be given with --resume: the run resumes with the data it was started"
              + " with");
    }
    for (OptionSpec option : parsed.matchedOptions()) {
      if (!BESIDE_RESUME.contains(option.longestName())) {
        throw new BadInputException(
            option.longestName()
                + " cannot be given with --resume: the run resumes in its own folder with the"
                + " data and options it was started with");
      }
    }
  }

  /**
   * The command as the run was started, its data, gates and control-set paths as they were resolved
   * then (the recorded arguments may be relative to another working directory) and its own folder
   * as {@code --out}.
   */
  private static TrainCommand recorded(ResumedRun run) {
    TrainCommand recorded = new TrainCommand();
    try {
      new CommandLine(recorded).parseArgs(run.args().toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new BadInputException(
          "the command line recorded in "
              + run.dir().resolve("run.json")
              + " no longer parses ("
              + e.getMessage()
              + "): start a new run");
    }
    Map<String, Object> config = run.config();
    DataOptions data = recorded.data;
    data.data = path(config.get("data"), data.data);
    data.valid = path(config.get("valid"), data.valid);
    data.test = path(config.get("test"), data.test);
    data.review = path(config.get("apply_review"), data.review);
    if (config.get("more_data") instanceof List<?> more && more.size() == data.moreData.size()) {
      data.moreData = more.stream().map(p -> path(p, null)).toList();
    }
    data.out = run.dir();
    EvaluationOptions evaluation = recorded.options.evaluation;
    evaluation.gates = path(config.get("gates"), evaluation.gates);
    evaluation.control = path(config.get("control"), evaluation.control);
    return recorded;
  }

  private static Path path(Object recorded, Path parsed) {
    return recorded instanceof String text ? Path.of(text) : parsed;
  }
}
