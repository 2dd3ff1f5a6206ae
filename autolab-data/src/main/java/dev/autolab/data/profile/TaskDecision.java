package dev.autolab.data.profile;

import dev.autolab.core.Task;
import java.util.Locale;
import java.util.Objects;

/**
 * The task and the rule that chose it.
 *
 * @param task classification or regression
 * @param reason one sentence for the profile
 */
public record TaskDecision(Task task, String reason) {
  public TaskDecision {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whole-number targets with at most this many values are class labels (ratings, codes). */
  static final long MAX_INTEGER_CLASSES = 20;

  /**
   * A target this numeric is a regression target with a few stray values, which are quarantined as
   * unparseable, rather than a classification target with thousands of numeric labels.
   */
  static final double MOSTLY_NUMERIC = 0.95;

  /**
   * Decides the task: the user's {@code override} wins; else whole numbers with at most {@value
   * #MAX_INTEGER_CLASSES} distinct values mean classification; other all-numeric targets mean
   * regression, and so do targets with more than {@value #MAX_INTEGER_CLASSES} distinct values of
   * which at least 95% are numbers; anything else is classification.
   */
  public static TaskDecision decide(Task override, ColumnStats target) {
    if (override != null) {
      return new TaskDecision(override, override.id() + ": set by --task");
    }
    long distinct = target.distinct();
    if (target.allInteger() && distinct <= MAX_INTEGER_CLASSES) {
      return classification(
          distinct + " distinct whole numbers (at most " + MAX_INTEGER_CLASSES + ")");
    }
    if (target.allNumeric()) {
      return regression("numbers with " + distinct + " distinct values");
    }
    if (target.numericShare() >= MOSTLY_NUMERIC && distinct > MAX_INTEGER_CLASSES) {
      String share = String.format(Locale.ROOT, "%.1f%%", 100 * target.numericShare());
      return regression(share + " numbers; the other values are quarantined as unparseable");
    }
    return classification("labels that are not all numbers");
  }

  public boolean isClassification() {
    return task == Task.CLASSIFICATION;
  }

  private static TaskDecision classification(String evidence) {
    return new TaskDecision(Task.CLASSIFICATION, "classification: " + evidence);
  }

  private static TaskDecision regression(String evidence) {
    return new TaskDecision(Task.REGRESSION, "regression: " + evidence);
  }
}
