package dev.autolab.cli;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Task;
import dev.autolab.data.PrepareOptions;
import dev.autolab.data.PrepareRequest;
import dev.autolab.data.images.ImageFolders;
import dev.autolab.data.read.ReadOptions;
import dev.autolab.data.split.SplitOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to read and how to split it: the options of {@code prepare}, shared by {@code train}. */
public final class DataOptions {
  // Optional for picocli so that `train --resume RUN` needs none; request() asks for it.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DATA",
      description =
          "The data file or folder (CSV, TSV, JSONL, JSON array; .gz/.zst), or a folder of"
              + " class subfolders of images.")
  public Path data;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "MORE",
      description = "Further data files or folders, read as part of the same data set.")
  public List<Path> moreData = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "auto",
      description = "Encoding of the input files, e.g. UTF-8, windows-1251 (default: sniffed).")
  public String encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      defaultValue = "auto",
      description = "Field delimiter of delimited files, or 'tab' (default: sniffed).")
  public String delimiter;

  @Option(
      names = "--max-field-chars",
      paramLabel = "N",
      defaultValue = "" + ReadOptions.DEFAULT_MAX_FIELD_CHARS,
      description = "Rows with a longer field are quarantined (default: ${DEFAULT-VALUE}).")
  public int maxFieldChars;

  @Option(
      names = "--apply-review",
      paramLabel = "FILE",
      description = "A Label Studio JSON export of reviewed labels to apply.")
  public Path review;

  @Option(
      names = "--label-issues",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Look for suspected label errors (default: on).")
  public boolean labelIssues;

  @Option(
      names = "--prune-label-issues",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Set train rows with a suspected label error aside (to the quarantine) (default: on).")
  public boolean pruneLabelIssues;

  @Option(
      names = "--split",
      paramLabel = "HOW",
      defaultValue = "random",
      description =
          "random (stratified by class) or time: train on the earliest rows, validate on the"
              + " next, test on the latest (default: ${DEFAULT-VALUE}).")
  public String split;

  @Option(
      names = "--time-column",
      paramLabel = "COL",
      description = "The date/time column that orders --split time (default: the only one).")
  public String timeColumn;

  @Option(
      names = "--email",
      description =
          "The text columns are e-mails: remove header blocks (keeping the subject) and quoted"
              + " replies, here and in predict.")
  public boolean email;

  @Option(
      names = "--target",
      paramLabel = "COL",
      description = "Column to predict (not for an image folder: its subfolders are the classes).")
  public String target;

  @Option(names = "--text", paramLabel = "COL", description = "Treat this column as free text.")
  public String text;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      defaultValue = "auto",
      description = "auto, classification or regression (default: ${DEFAULT-VALUE}).")
  public String task;

  @Option(
      names = "--valid",
      paramLabel = "FILE",
      description = "Validation split; otherwise one is cut from DATA.")
  public Path valid;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description = "Test split: never trained on, never used to select.")
  public Path test;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  public long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<id>).")
  public Path out;

  /** The task override, or null for automatic. */
  public Task taskOverride() {
    if (task == null || task.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Task.parse(task);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--task: " + e.getMessage() + " or auto");
    }
  }

  /** The split order asked for; fails on a bad --split or a --time-column without a time split. */
  public SplitOrder splitOrder() {
    return SplitOrder.parse(split, timeColumn);
  }

  /** The resolved data configuration, for {@code run.json}. */
  public java.util.Map<String, Object> config() {
    java.util.Map<String, Object> config = new java.util.LinkedHashMap<>();
    config.put("data", absolute(data));
    config.put("target", target);
    config.put("text", text);
    config.put("task", task);
    config.put("valid", absolute(valid));
    config.put("test", absolute(test));
    config.put("seed", seed);
    config.put("more_data", moreData.stream().map(DataOptions::absolute).toList());
    config.put("encoding", encoding);
    config.put("delimiter", delimiter);
    config.put("max_field_chars", maxFieldChars);
    config.put("apply_review", absolute(review));
    config.put("label_issues", labelIssues);
    config.put("prune_label_issues", pruneLabelIssues);
    config.put("split", split);
    config.put("time_column", timeColumn);
    config.put("email", email);
    return config;
  }

  private static String absolute(Path path) {
    return path == null ? null : path.toAbsolutePath().normalize().toString();
  }

  /** The request for the data stage. */
  public PrepareRequest request() {
    if (data == null) {
      throw new BadInputException("missing DATA: name the data file or folder to read");
    }
    boolean folder = ImageFolders.isFolder(data);
    if (target == null && !folder) {
      throw new BadInputException(
          "missing --target COL: name the column to predict (a folder of class subfolders needs"
              + " none)");
    }
    String column = target == null ? ImageFolders.LABEL : target;
    ReadOptions read =
        new ReadOptions(
            ReadOptions.charset(encoding), ReadOptions.delimiter(delimiter), maxFieldChars);
    PrepareOptions options =
        new PrepareOptions(
            moreData, read, review, labelIssues, pruneLabelIssues, splitOrder(), email);
    return new PrepareRequest(data, column, text, taskOverride(), valid, test, seed, options);
  }
}
