package dev.autolab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.train.TrainOptions;
import dev.autolab.core.Json;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import dev.autolab.eval.Metric;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Machine;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.plan.Reason;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code autolab plan}: what {@code autolab train} would race on this data and this machine, and
 * why, without training anything or writing a run.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Read the data set and the machine and print the candidate configurations that"
          + " autolab train would race, with the rule behind every value. Trains nothing."
    })
public final class PlanCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description = "Selection metric, as for autolab train (default: macro_f1 or rmse).")
  String metric;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Fix a value the planner would choose, as for autolab train.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(
      names = "--time-budget",
      paramLabel = "DURATION",
      description = "The training budget, as for autolab train (some candidates need one).")
  String timeBudget;

  @Option(names = "--json", description = "Print the plan as plan.json holds it.")
  boolean json;

  @Override
  public Integer call() {
    data.taskOverride(); // fail on a bad --task before reading the data
    PreparedDataset dataset =
        new Preparer(TerminalProgress.onStandardError(), Clock.systemUTC()).prepare(data.request());
    TrainOptions train = new TrainOptions();
    train.metric = metric;
    train.timeBudget = timeBudget;
    Metric chosen = train.metricFor(dataset.schema().task());
    Machine machine = Machine.detect();
    Plan plan =
        new Planner()
            .plan(
                dataset.schema(),
                dataset.train().size(),
                overrides,
                chosen,
                machine,
                train.timeBudget());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(plan));
    } else {
      print(out, dataset, chosen, machine, plan);
    }
    out.flush();
    return 0;
  }

  private static String toJson(Plan plan) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(
      PrintWriter out, PreparedDataset dataset, Metric metric, Machine machine, Plan plan) {
    out.printf(
        "task: %s, target %s, %d training rows; selection metric %s%n",
        dataset.schema().task().id(),
        dataset.schema().target(),
        dataset.train().size(),
        metric.id());
    out.printf(
        "machine: %s; %d trial(s) at once%n",
        machine.describe(), machine.parallelTrials(plan.candidates().size()));
    for (int i = 0; i < plan.candidates().size(); i++) {
      Candidate candidate = plan.candidates().get(i);
      out.printf("%ncandidate %d: %s (%s)%n", i + 1, candidate.name(), candidate.family());
      candidate.params().forEach((key, value) -> out.printf("  %-16s %s%n", key, value));
      out.println("  why:");
      for (Reason reason : candidate.reasons()) {
        out.printf("    [%s] %s%n", reason.rule(), reason.message());
      }
    }
  }
}
