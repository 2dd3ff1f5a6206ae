package dev.autolab.data.labels;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * A row whose label is suspected wrong, as one line of {@code data/label_issues.jsonl}.
 *
 * @param rank 1 for the most suspect row
 * @param row the row's name: its ID column's value when the data has one, else "source:line"
 * @param source the file the row came from
 * @param line its line there
 * @param given the label in the data
 * @param suggested the label the out-of-fold model confidently predicts
 * @param selfConfidence the model's probability for the given label (lower: more suspect)
 * @param probabilities the model's probability for each class
 */
public record LabelIssue(
    int rank,
    String row,
    String source,
    long line,
    String given,
    String suggested,
    @JsonProperty("self_confidence") double selfConfidence,
    Map<String, Double> probabilities) {
  public LabelIssue {
    Objects.requireNonNull(row, "row");
    probabilities = Map.copyOf(probabilities);
  }
}
