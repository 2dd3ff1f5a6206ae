package dev.autolab.data.split;

import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the three splits, each in a deterministic order.
 *
 * @param train rows to fit models on
 * @param valid rows to select and tune on
 * @param test rows held out for the final evaluation
 */
public record Splits(List<Row> train, List<Row> valid, List<Row> test) {
  public Splits {
    train = List.copyOf(train);
    valid = List.copyOf(valid);
    test = List.copyOf(test);
  }

  /** Every row, in split order train, valid, test. */
  public List<Row> all() {
    List<Row> all = new ArrayList<>(size());
    all.addAll(train);
    all.addAll(valid);
    all.addAll(test);
    return all;
  }

  /** The number of rows in all splits. */
  public int size() {
    return train.size() + valid.size() + test.size();
  }
}
