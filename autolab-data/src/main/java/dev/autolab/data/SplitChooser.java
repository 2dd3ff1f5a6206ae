package dev.autolab.data;

import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.split.Splits;
import dev.autolab.data.split.Splitter;
import dev.autolab.data.split.TimeSplitter;
import java.util.List;

/**
 * Decides where each row goes. Classification splits are stratified by class, regression splits are
 * random; both are reproducible from the run seed. With a time column (--split time) the data file
 * is cut in time order instead, in the same proportions: earliest rows first, to train.
 *
 * <ul>
 *   <li>no split files: the data file is split 80/10/10 into train, valid and test;
 *   <li>a test file: it is the test split, never trained on; the data file is split 8/9 train, 1/9
 *       valid (the 80:10 ratio of the default);
 *   <li>a valid file: it is the valid split; the data file is split 8/9 train, 1/9 test, so that a
 *       held-out test split still exists;
 *   <li>both files: they are the valid and test splits; the whole data file is train.
 * </ul>
 */
final class SplitChooser {
  private SplitChooser() {}

  /**
   * The splits; {@code timeColumn} is the column to cut the data file in order of, or {@code null}
   * for a stratified or random split.
   */
  static Splits split(PrepareRequest request, Inputs inputs, Task task, String timeColumn) {
    String strata = task == Task.CLASSIFICATION ? request.target() : null;
    List<Row> data = inputs.dataRows();
    List<Row> valid = inputs.role("valid").map(Input::rows).orElse(null);
    List<Row> test = inputs.role("test").map(Input::rows).orElse(null);
    if (valid != null && test != null) {
      return new Splits(data, valid, test);
    }
    if (test != null) {
      Splits rest = cut(data, 8, 1, 0, strata, timeColumn, request.seed());
      return new Splits(rest.train(), rest.valid(), test);
    }
    if (valid != null) {
      Splits rest = cut(data, 8, 0, 1, strata, timeColumn, request.seed());
      return new Splits(rest.train(), valid, rest.test());
    }
    return cut(data, 8, 1, 1, strata, timeColumn, request.seed());
  }

  private static Splits cut(
      List<Row> rows, int train, int valid, int test, String strata, String time, long seed) {
    return time == null
        ? new Splitter(train, valid, test).split(rows, strata, seed)
        : new TimeSplitter(train, valid, test).split(rows, time);
  }

  /**
   * The {@code SplitInfo} method: "time" for a time split, else "files" as soon as a file supplied
   * a split.
   */
  static String method(PrepareRequest request, Task task, String timeColumn) {
    if (timeColumn != null) {
      return "time";
    }
    if (request.valid() != null || request.test() != null) {
      return "files";
    }
    return task == Task.CLASSIFICATION ? "stratified" : "random";
  }
}
