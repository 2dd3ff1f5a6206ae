package dev.autolab.cli;

import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.cli.train.DataSummary;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code autolab prepare}: stage 1 alone; writes the {@code data/} part of a run. */
@Command(
    name = "prepare",
    mixinStandardHelpOptions = true,
    description =
        "Read, type, clean and split a data set; write data/ with the profile,"
            + " quarantine log and splits.")
public final class PrepareCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    data.request(); // fail on bad options before any work
    Clock clock = Clock.systemUTC();
    String[] args = CommonOptions.originalArgs(spec);
    try (RunRecorder run =
        RunRecorder.start(
            "prepare", args, data.out, common.runsDir(), common.trackingFile(), clock)) {
      run.record().config = data.config();
      return run.execute("data", () -> prepareIn(run, clock));
    }
  }

  private int prepareIn(RunRecorder run, Clock clock) {
    PreparedDataset dataset =
        new Preparer(TerminalProgress.onStandardError(), clock).prepare(data.request());
    dataset.write(run.dir().resolve("data"));
    run.record().data = DataSummary.of(dataset);
    run.param("data.fingerprint", dataset.fingerprint());
    run.journal().record(DataSummary.event(dataset, clock));
    print(spec.commandLine().getOut(), run, dataset);
    return 0;
  }

  private static void print(PrintWriter out, RunRecorder run, PreparedDataset dataset) {
    DataSummary.accountingLines(dataset).forEach(out::println);
    out.printf(
        "task: %s, target %s, split %d/%d/%d (%s)%n",
        dataset.schema().task().id(),
        dataset.schema().target(),
        dataset.train().size(),
        dataset.valid().size(),
        dataset.test().size(),
        dataset.split().method());
    out.println("data: " + run.dir().resolve("data"));
    out.flush();
  }
}
