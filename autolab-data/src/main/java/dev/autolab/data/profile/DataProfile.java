package dev.autolab.data.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.autolab.data.dedup.DuplicateSummary;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.split.SplitInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What stage 1 found and decided, written as {@code data/profile.json}. The four row counts are a
 * contract: {@code rows_read = rows_used + rows_quarantined + rows_duplicates}, summed over all
 * input files.
 *
 * @param schemaVersion format version, {@value #SCHEMA_VERSION}
 * @param created when the profile was made (ISO-8601, from the injected clock)
 * @param rowsRead data records read from all inputs
 * @param rowsUsed rows in the three splits
 * @param rowsQuarantined records set aside (see {@code quarantine.jsonl})
 * @param rowsDuplicates rows removed as duplicates (see {@code duplicates.jsonl})
 * @param target the target column
 * @param task classification or regression
 * @param classes the class labels in order; empty for regression
 * @param columns every column, in file order
 * @param classCounts rows per class overall and per split; absent for regression
 * @param problems findings a person should read, one sentence each
 * @param inputs per input file, what became of its records
 * @param fingerprint SHA-256 of the used rows (see {@code Fingerprints})
 * @param split how the splits were made, with their fingerprints
 * @param duplicates what the duplicate and leakage search found and removed
 * @param repairs kinds of repair made to rows that were kept, summed over the inputs
 * @param labelIssues suspected label errors found and labels changed by a review; absent for
 *     regression
 */
public record DataProfile(
    int schemaVersion,
    String created,
    @JsonProperty("rows_read") long rowsRead,
    @JsonProperty("rows_used") long rowsUsed,
    @JsonProperty("rows_quarantined") long rowsQuarantined,
    @JsonProperty("rows_duplicates") long rowsDuplicates,
    String target,
    String task,
    List<String> classes,
    List<ColumnProfile> columns,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("class_counts")
        Map<String, Map<String, Long>> classCounts,
    List<String> problems,
    List<InputProfile> inputs,
    String fingerprint,
    SplitInfo split,
    DuplicateSummary duplicates,
    Map<String, Long> repairs,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("label_issues")
        LabelReview.Summary labelIssues) {
  public static final int SCHEMA_VERSION = 1;

  public DataProfile {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(task, "task");
    classes = List.copyOf(classes);
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(duplicates, "duplicates");
    repairs = new TreeMap<>(repairs);
  }
}
