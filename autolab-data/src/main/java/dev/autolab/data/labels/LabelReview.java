package dev.autolab.data.labels;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The label issues of a prepare and the files for reviewing them.
 *
 * @param issues the suspects, most suspect first
 * @param tasks the Label Studio import file (a JSON array of tasks)
 * @param config the Label Studio labelling configuration
 * @param relabeled rows whose label was changed by an applied review
 */
public record LabelReview(List<LabelIssue> issues, JsonNode tasks, String config, long relabeled) {
  public static final LabelReview NONE = new LabelReview(List.of(), null, null, 0);

  public LabelReview {
    issues = List.copyOf(issues);
  }

  /** The profile's summary: how many suspects, how many labels a review changed. */
  public Summary summary() {
    return new Summary(issues.size(), relabeled);
  }

  /**
   * @param found suspected label errors, in {@code label_issues.jsonl}
   * @param relabeled labels changed by {@code --apply-review}
   */
  public record Summary(long found, @JsonProperty("relabeled") long relabeled) {}

  /** Whether there is anything to write. */
  public boolean present() {
    return Objects.nonNull(tasks);
  }
}
