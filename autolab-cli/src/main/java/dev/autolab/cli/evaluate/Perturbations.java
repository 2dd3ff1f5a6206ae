package dev.autolab.cli.evaluate;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.robust.Perturbation;
import dev.autolab.eval.robust.TabularPerturbation;
import dev.autolab.eval.robust.TextPerturbation;
import java.util.ArrayList;
import java.util.List;

/** The perturbations that fit a model's columns. */
final class Perturbations {
  private Perturbations() {}

  static List<Perturbation> forSchema(DatasetSchema schema, List<Row> rows) {
    List<Perturbation> list = new ArrayList<>();
    List<String> text = names(schema.featuresOfType(ColumnType.TEXT));
    if (!text.isEmpty()) {
      for (TextPerturbation kind : TextPerturbation.values()) {
        list.add(kind.on(text));
      }
    }
    List<String> numeric = names(schema.featuresOfType(ColumnType.NUMERIC));
    if (!numeric.isEmpty()) {
      list.add(TabularPerturbation.numericNoise(numeric, rows));
    }
    if (schema.hasTabularFeatures()) {
      List<String> tabular =
          schema.features().stream()
              .filter(c -> c.type() != ColumnType.TEXT)
              .map(ColumnSchema::name)
              .toList();
      list.add(TabularPerturbation.missingValues(tabular));
    }
    return list;
  }

  private static List<String> names(List<ColumnSchema> columns) {
    return columns.stream().map(ColumnSchema::name).toList();
  }
}
