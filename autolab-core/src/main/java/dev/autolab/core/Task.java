package dev.autolab.core;

import java.util.Locale;

/** What a model learns to predict from its target column. */
public enum Task {
  CLASSIFICATION,
  REGRESSION;

  /** The lower-case name used on the command line and in persisted files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()}; throws with the accepted values when the name is unknown. */
  public static Task parse(String id) {
    for (Task task : values()) {
      if (task.id().equalsIgnoreCase(id)) {
        return task;
      }
    }
    throw new IllegalArgumentException(
        "unknown task '" + id + "': use classification or regression");
  }
}
