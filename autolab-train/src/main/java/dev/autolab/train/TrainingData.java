package dev.autolab.train;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a trainer learns from ({@code train}) and chooses its settings on ({@code valid}). The
 * test split never reaches a trainer.
 *
 * @param schema feature columns, target, task and classes
 * @param train rows to fit on
 * @param valid rows to choose settings on; may be empty only where nothing is chosen
 */
public record TrainingData(DatasetSchema schema, List<Row> train, List<Row> valid) {
  public TrainingData {
    Objects.requireNonNull(schema, "schema");
    train = List.copyOf(train);
    valid = List.copyOf(valid);
  }

  /** Training and validation rows together, for a final refit. */
  public List<Row> trainAndValid() {
    List<Row> all = new ArrayList<>(train);
    all.addAll(valid);
    return all;
  }
}
