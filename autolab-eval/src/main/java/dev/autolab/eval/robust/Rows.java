package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Row copies with some values changed. */
final class Rows {
  private Rows() {}

  /** {@code row} with {@code change} applied to the non-missing values of {@code columns}. */
  static Row map(Row row, List<String> columns, UnaryOperator<String> change) {
    Map<String, String> values = new LinkedHashMap<>(row.values());
    for (String column : columns) {
      String value = values.get(column);
      if (value != null) {
        values.put(column, change.apply(value));
      }
    }
    return new Row(row.source(), row.line(), values);
  }
}
