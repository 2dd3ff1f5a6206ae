package dev.autolab.cli.train;

import dev.autolab.cli.evaluate.EvaluationOptions;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Deadline;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The training options of {@code autolab train} (a contract: see ARCHITECTURE.md). */
public final class TrainOptions {
  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description =
          "Selection metric: accuracy, macro_f1, weighted_f1, log_loss, rmse, mae, r2"
              + " (default: macro_f1 for classification, rmse for regression).")
  public String metric;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Fix a value the planner would choose, e.g. --set family=xgboost.")
  public Map<String, String> overrides = new LinkedHashMap<>();

  @Option(
      names = "--max-rounds",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Training rounds at most: when gates fail, the weaknesses found go back to the planner"
              + " for another round (default: ${DEFAULT-VALUE}; 1: no loop back).")
  public int maxRounds;

  @Option(
      names = "--export",
      paramLabel = "LIST",
      defaultValue = "default",
      description =
          "ONNX variants exported and measured after evaluation: default (fp32, int8), all, none,"
              + " or a list as for `autolab export --formats`.")
  public String export;

  @Option(
      names = "--time-budget",
      paramLabel = "DURATION",
      description =
          "Hard bound on training wall time, e.g. 90s, 5m, 1h: cheap candidates train first, those"
              + " that would not end in time are skipped, neural ones stop at the deadline keeping"
              + " their best checkpoint (default: no bound).")
  public String timeBudget;

  @Mixin public EvaluationOptions evaluation = new EvaluationOptions();

  @Mixin public SupervisorOptions supervisor = new SupervisorOptions();

  /** {@link #maxRounds}, checked. */
  public int maxRounds() {
    if (maxRounds < 1) {
      throw new BadInputException("--max-rounds " + maxRounds + ": use 1 or more");
    }
    return maxRounds;
  }

  /** {@link #timeBudget}, parsed; null when not given. */
  public Duration timeBudget() {
    return timeBudget == null ? null : Deadline.parseBudget(timeBudget);
  }

  /** The selection metric for a task: the option when given (checked against the task). */
  public Metric metricFor(Task resolvedTask) {
    if (metric == null) {
      return Metric.defaultFor(resolvedTask);
    }
    Metric parsed;
    try {
      parsed = Metric.parse(metric);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--metric: " + e.getMessage());
    }
    if (parsed.task() != resolvedTask) {
      throw new BadInputException(
          "--metric "
              + parsed.id()
              + " is a "
              + parsed.task().id()
              + " metric but the task is "
              + resolvedTask.id()
              + ": choose a "
              + resolvedTask.id()
              + " metric or set --task");
    }
    return parsed;
  }
}
