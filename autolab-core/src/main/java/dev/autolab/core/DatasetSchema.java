package dev.autolab.core;

import java.util.List;
import java.util.Objects;

/**
 * What a model reads and predicts: its feature columns, the target column, the task and, for
 * classification, the classes in a fixed order (the order of every probability vector).
 *
 * @param features the input columns, in the order features are built
 * @param target the target column's name
 * @param task classification or regression
 * @param classes the class labels, sorted; empty for regression
 */
public record DatasetSchema(
    List<ColumnSchema> features, String target, Task task, List<String> classes) {
  public DatasetSchema {
    features = List.copyOf(features);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(task, "task");
    classes = List.copyOf(classes);
    if (task == Task.CLASSIFICATION && classes.size() < 2) {
      throw new IllegalArgumentException(
          "classification needs at least two classes in '" + target + "', found " + classes);
    }
    if (task == Task.REGRESSION && !classes.isEmpty()) {
      throw new IllegalArgumentException("regression has no classes");
    }
  }

  /** The index of a class label in {@link #classes()}, or -1 when it is not one of them. */
  public int classIndex(String label) {
    return classes.indexOf(label);
  }

  /** Whether any feature is numeric or categorical, i.e. something a tabular model can read. */
  public boolean hasTabularFeatures() {
    return features.stream()
        .anyMatch(c -> c.type() != ColumnType.TEXT && c.type() != ColumnType.IMAGE);
  }

  /** The feature columns of the given type, in order. */
  public List<ColumnSchema> featuresOfType(ColumnType type) {
    return features.stream().filter(c -> c.type() == type).toList();
  }
}
