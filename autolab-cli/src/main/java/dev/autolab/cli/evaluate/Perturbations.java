package dev.autolab.cli.evaluate;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.robust.ImagePerturbation;
import dev.autolab.eval.robust.Perturbation;
import dev.autolab.eval.robust.TabularPerturbation;
import dev.autolab.eval.robust.TextPerturbation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The perturbations that fit a model's columns. */
final class Perturbations {
  private Perturbations() {}

  /**
   * @param imageWorkDir where the image perturbations write their copies (the caller deletes it)
   */
  static List<Perturbation> forSchema(DatasetSchema schema, List<Row> rows, Path imageWorkDir) {
    List<Perturbation> list = new ArrayList<>();
    List<String> text = names(schema.featuresOfType(ColumnType.TEXT));
    if (!text.isEmpty()) {
      for (TextPerturbation kind : TextPerturbation.values()) {
        list.add(kind.on(text));
      }
    }
    List<String> images = names(schema.featuresOfType(ColumnType.IMAGE));
    if (!images.isEmpty()) {
      for (ImagePerturbation kind : ImagePerturbation.values()) {
        list.add(kind.on(images, imageWorkDir));
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
