package dev.autolab.data;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.data.clean.ColumnCleaning;
import dev.autolab.data.dedup.DuplicateEntry;
import dev.autolab.data.labels.LabelIssue;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.split.SplitInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of stage 1: typed, cleaned, split and fingerprinted rows, with the profile and the
 * quarantine log. Rows keep every column (excluded ones too, for tracing); the schema says which
 * columns are features.
 *
 * @param schema features, target, task and classes
 * @param train rows to fit on
 * @param valid rows to select and tune on
 * @param test rows for the final evaluation only
 * @param profile what was found and decided ({@code data/profile.json})
 * @param quarantine every record not used, with the reason
 * @param duplicates every row removed as a duplicate, with the row it repeats
 * @param labels suspected label errors and the files to review them
 * @param fingerprint SHA-256 of the column names and the rows of train, valid and test
 * @param split how the splits were made
 * @param cleaning the value cleaning decided per column, which {@code predict} repeats
 */
public record PreparedDataset(
    DatasetSchema schema,
    List<Row> train,
    List<Row> valid,
    List<Row> test,
    DataProfile profile,
    List<QuarantineEntry> quarantine,
    List<DuplicateEntry> duplicates,
    LabelReview labels,
    String fingerprint,
    SplitInfo split,
    List<ColumnCleaning> cleaning) {
  public PreparedDataset {
    cleaning = List.copyOf(cleaning);
    Objects.requireNonNull(schema, "schema");
    train = List.copyOf(train);
    valid = List.copyOf(valid);
    test = List.copyOf(test);
    Objects.requireNonNull(profile, "profile");
    quarantine = List.copyOf(quarantine);
    duplicates = List.copyOf(duplicates);
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(split, "split");
  }

  /**
   * Writes the {@code data/} part of a run directory: {@code profile.json}, {@code
   * quarantine.jsonl} and {@code duplicates.jsonl} (always, possibly empty) and {@code
   * splits/train.jsonl}, {@code valid.jsonl}, {@code test.jsonl}, one JSON object per row with
   * every column, missing values as null.
   */
  public void write(Path dataDir) {
    Json.write(dataDir.resolve("profile.json"), profile);
    writeLines(
        dataDir.resolve("quarantine.jsonl"),
        out -> {
          for (QuarantineEntry entry : quarantine) {
            out.write(Json.line(entry));
            out.write('\n');
          }
        });
    writeLines(
        dataDir.resolve("duplicates.jsonl"),
        out -> {
          for (DuplicateEntry entry : duplicates) {
            out.write(Json.line(entry));
            out.write('\n');
          }
        });
    if (labels.present()) {
      writeLabels(dataDir);
    }
    Path splits = dataDir.resolve("splits");
    writeLines(splits.resolve("train.jsonl"), out -> RowJson.lines(out, train));
    writeLines(splits.resolve("valid.jsonl"), out -> RowJson.lines(out, valid));
    writeLines(splits.resolve("test.jsonl"), out -> RowJson.lines(out, test));
  }

  /**
   * {@code label_issues.jsonl}, and for review in Label Studio {@code label_studio_tasks.json} (the
   * import file) and {@code label_studio_config.xml} (the labelling interface).
   */
  private void writeLabels(Path dataDir) {
    writeLines(
        dataDir.resolve("label_issues.jsonl"),
        out -> {
          for (LabelIssue issue : labels.issues()) {
            out.write(Json.line(issue));
            out.write('\n');
          }
        });
    writeLines(
        dataDir.resolve("label_studio_tasks.json"),
        out -> out.write(Json.pretty().writeValueAsString(labels.tasks())));
    writeLines(dataDir.resolve("label_studio_config.xml"), out -> out.write(labels.config()));
  }

  /** What writes the content of one file. */
  private interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static void writeLines(Path file, Content content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
