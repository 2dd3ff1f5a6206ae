package dev.autolab.cli.train;

import dev.autolab.train.race.TrialFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run folder's {@code trials/round-<N>/<candidate>/}: where each round's race keeps its
 * finished trials, so that {@code autolab train --resume} restores them instead of training them
 * again.
 */
final class KeptTrials {
  private static final String ROUND_PREFIX = "round-";

  private KeptTrials() {}

  /** The folder of round {@code round}'s trials. */
  static TrialFolder ofRound(Path runDir, int round) {
    return new TrialFolder(runDir.resolve("trials").resolve(ROUND_PREFIX + round));
  }

  /** How many trials the run kept whole, over all rounds. */
  static int count(Path runDir) {
    return rounds(runDir).stream().mapToInt(TrialFolder::size).sum();
  }

  /**
   * The training time the run had spent when it stopped, as far as its kept trials tell: for each
   * round, when its last kept trial ended (finish times count from the round's race start). The
   * work of trials that were still running is lost, and is not counted.
   */
  static Duration spent(Path runDir) {
    double seconds = rounds(runDir).stream().mapToDouble(TrialFolder::latestFinish).sum();
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  private static List<TrialFolder> rounds(Path runDir) {
    Path trials = runDir.resolve("trials");
    if (!Files.isDirectory(trials)) {
      return List.of();
    }
    try (Stream<Path> rounds = Files.list(trials)) {
      return rounds
          .filter(d -> Files.isDirectory(d) && d.getFileName().toString().startsWith(ROUND_PREFIX))
          .map(TrialFolder::new)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + trials, e);
    }
  }
}
