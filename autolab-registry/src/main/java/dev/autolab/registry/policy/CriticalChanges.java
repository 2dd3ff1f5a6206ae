package dev.autolab.registry.policy;

import dev.autolab.registry.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The changes between two versions that a human should hear about: the architecture (model family)
 * changed, the headline metric dropped by more than 10%, or the package grew more than twice as
 * large (the mission's thresholds).
 */
public final class CriticalChanges {
  public static final double METRIC_DROP = 0.10;
  public static final double SIZE_FACTOR = 2.0;

  private CriticalChanges() {}

  /** Each critical change from {@code before} to {@code after}, as a sentence. */
  public static List<String> between(ModelVersion before, ModelVersion after) {
    List<String> changes = new ArrayList<>();
    if (!before.family().equals(after.family())) {
      changes.add("architecture changed: " + before.family() + " -> " + after.family());
    }
    double drop = after.relativeDropFrom(before);
    if (drop > METRIC_DROP) {
      changes.add(
          String.format(
              Locale.ROOT,
              "%s dropped %.1f%%: %.4f -> %.4f",
              after.metric(),
              100 * drop,
              before.metricValue(),
              after.metricValue()));
    }
    if (after.bytes() > SIZE_FACTOR * before.bytes()) {
      changes.add(
          String.format(
              Locale.ROOT,
              "size grew %.1fx: %d -> %d bytes",
              (double) after.bytes() / Math.max(1, before.bytes()),
              before.bytes(),
              after.bytes()));
    }
    return changes;
  }
}
