package dev.autolab.neural.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps the best weights (lowest validation loss) in memory, to restore, and, when given a
 * directory, writes {@code best.params} and {@code last.params} there at each validation.
 */
public final class Checkpoints implements LoopListener {
  static final String BEST = "best.params";
  static final String LAST = "last.params";

  private final Path directory;
  private Map<String, float[]> best;
  private ValidationRecord bestRecord;

  /**
   * @param directory where to write checkpoint files, or null to keep them in memory only
   */
  public Checkpoints(Path directory) {
    this.directory = directory;
  }

  @Override
  public void onValidation(ValidationRecord validation, LoopControl control) {
    boolean improved = bestRecord == null || validation.loss() < bestRecord.loss();
    if (improved) {
      bestRecord = validation;
      best = control.network().parameters().snapshot();
    }
    if (directory != null) {
      write(control, LAST);
      if (improved) {
        write(control, BEST);
      }
    }
  }

  private void write(LoopControl control, String name) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    control.network().parameters().save(directory.resolve(name));
  }

  /** The best validation so far, or null before the first. */
  public ValidationRecord bestRecord() {
    return bestRecord;
  }

  /** Puts the best weights back into the network; false when there were none to restore. */
  public boolean restoreBest(LoopControl control) {
    if (best == null) {
      return false;
    }
    control.network().parameters().restore(best);
    return true;
  }
}
