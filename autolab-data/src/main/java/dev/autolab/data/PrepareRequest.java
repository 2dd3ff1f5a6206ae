package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Task;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to prepare: the command line's {@code DATA --target COL [--text COL] [--task ...] [--valid
 * FILE] [--test FILE] [--seed N]}.
 *
 * @param data the main data file
 * @param target the column to predict
 * @param textColumn a column to treat as free text whatever it looks like, or {@code null}
 * @param task the task, or {@code null} to infer it from the target
 * @param valid a file that is the validation split, or {@code null}
 * @param test a file that is the test split, or {@code null}
 * @param seed the run seed; the split seed is derived from it
 * @param options further files, reading overrides, label review
 */
public record PrepareRequest(
    Path data,
    String target,
    String textColumn,
    Task task,
    Path valid,
    Path test,
    long seed,
    PrepareOptions options) {
  public PrepareRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    if (target == null || target.isBlank()) {
      throw new BadInputException("no target column given: name the column to predict (--target)");
    }
    if (target.equals(textColumn)) {
      throw new BadInputException(
          "'"
              + target
              + "' is both the target and the --text column: the text is an input, pick"
              + " another target or text column");
    }
    if (options.split().byTime() && valid != null && test != null) {
      throw new BadInputException(
          "--split time has nothing to cut: --valid and --test are given, so the whole data file"
              + " is train; drop --split time, or one of the files");
    }
    if (target.equals(options.split().timeColumn())) {
      throw new BadInputException(
          "'"
              + target
              + "' is both the target and the --time-column: name the date/time column the rows"
              + " happened at");
    }
  }

  /** A request with the default options. */
  public PrepareRequest(
      Path data, String target, String textColumn, Task task, Path valid, Path test, long seed) {
    this(data, target, textColumn, task, valid, test, seed, PrepareOptions.DEFAULTS);
  }
}
