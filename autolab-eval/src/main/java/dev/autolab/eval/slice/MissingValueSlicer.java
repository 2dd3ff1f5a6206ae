package dev.autolab.eval.slice;

import dev.autolab.core.Row;
import java.util.List;

/** Rows with at least one missing feature value versus complete rows. */
public final class MissingValueSlicer implements Slicer {
  private final List<String> features;

  public MissingValueSlicer(List<String> featureColumns) {
    this.features = List.copyOf(featureColumns);
  }

  @Override
  public String name() {
    return "missing_values";
  }

  @Override
  public String sliceOf(Row row, int actual) {
    for (String column : features) {
      String value = row.get(column);
      if (value == null || value.isBlank()) {
        return "some missing";
      }
    }
    return "complete";
  }
}
