package dev.autolab.cli;

import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.cli.train.DataSummary;
import dev.autolab.core.BadInputException;
import dev.autolab.data.PrepareRequest;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import dev.autolab.data.StreamingPreparer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  /** From this much input, an automatic prepare streams rather than holding the rows. */
  static final long STREAM_FROM_BYTES = 256L << 20;

  /**
   * Held in memory, a data set takes many times its size in the heap (rows as maps of strings, the
   * near-duplicate signatures, the label-issue model): a 200 MB CSV did not fit in a 1 GB heap. An
   * automatic prepare therefore also streams from this fraction of the heap's limit.
   */
  static final int HEAP_PER_INPUT_BYTE = 16;

  /** The input size from which an automatic prepare streams, given the heap's limit. */
  static long streamFromBytes(long maxHeap) {
    return Math.min(STREAM_FROM_BYTES, maxHeap / HEAP_PER_INPUT_BYTE);
  }

  @Option(
      names = "--stream",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "auto, on or off: write data/ while reading, in bounded memory (auto: from 256 MB of"
              + " input, or a sixteenth of the Java heap's limit if smaller, without"
              + " --valid/--test/--apply-review/--split time/--email).")
  String stream;

  @Override
  public Integer call() {
    streaming(data.request()); // fail on bad options before any work
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
    PrepareRequest request = data.request();
    PreparedDataset dataset;
    if (streaming(request)) {
      dataset =
          new StreamingPreparer(TerminalProgress.onStandardError(), clock)
              .prepare(request, run.dir().resolve("data"));
    } else {
      dataset = new Preparer(TerminalProgress.onStandardError(), clock).prepare(request);
      dataset.write(run.dir().resolve("data"));
    }
    run.record().data = DataSummary.of(dataset);
    run.param("data.fingerprint", dataset.fingerprint());
    run.journal().record(DataSummary.event(dataset, clock));
    print(spec.commandLine().getOut(), run, dataset);
    return 0;
  }

  private boolean streaming(PrepareRequest request) {
    switch (stream.toLowerCase(java.util.Locale.ROOT)) {
      case "on":
        refuseUnstreamable(request);
        return true;
      case "off":
        return false;
      case "auto":
        boolean plain =
            request.valid() == null
                && request.test() == null
                && request.options().review() == null
                && !request.options().split().byTime()
                && !request.options().emails();
        return plain && inputBytes(request) >= streamFromBytes(Runtime.getRuntime().maxMemory());
      default:
        throw new BadInputException("--stream: expected auto, on or off, got '" + stream + "'");
    }
  }

  /**
   * The streamed prepare writes each row to its split as it reads it, and decides cleaning on its
   * first rows: it cannot wait for every row's time, and does not clean e-mails.
   */
  private static void refuseUnstreamable(PrepareRequest request) {
    if (request.options().split().byTime()) {
      throw new BadInputException(
          "--split time needs every row's time before the first row is placed, and --stream on"
              + " writes rows as it reads them: drop --stream on (or use --split random)");
    }
    if (request.options().emails()) {
      throw new BadInputException(
          "--email is not applied by the streamed prepare: drop --stream on (or --email)");
    }
  }

  private static long inputBytes(PrepareRequest request) {
    List<Path> paths = new ArrayList<>(List.of(request.data()));
    paths.addAll(request.options().moreData());
    long total = 0;
    for (Path path : paths) {
      try (Stream<Path> files = Files.walk(path, 1)) {
        total += files.filter(Files::isRegularFile).mapToLong(PrepareCommand::size).sum();
      } catch (IOException e) {
        return 0; // the reader reports what is wrong with the path
      }
    }
    return total;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void print(PrintWriter out, RunRecorder run, PreparedDataset dataset) {
    DataSummary.accountingLines(dataset).forEach(out::println);
    out.printf(
        "task: %s, target %s, split %d/%d/%d (%s)%n",
        dataset.schema().task().id(),
        dataset.schema().target(),
        dataset.split().train(),
        dataset.split().valid(),
        dataset.split().test(),
        dataset.split().description());
    out.println("data: " + run.dir().resolve("data"));
    out.flush();
  }
}
