package dev.autolab.cli.evaluate;

import dev.autolab.cli.predict.InputCleaning;
import dev.autolab.cli.train.ModelScorer;
import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableReader;
import java.nio.file.Path;
import java.util.List;

/** Reads a control set ({@code --control FILE}): labelled gold examples in the model's columns. */
final class ControlSet {
  private ControlSet() {}

  /** The gold rows, cleaned as the model's training data was (see {@link InputCleaning}). */
  static List<Row> read(Path file, DatasetSchema schema, Path modelDir) {
    Table table = InputCleaning.apply(modelDir, TableReader.read(file));
    if (!table.columns().contains(schema.target())) {
      throw new BadInputException(
          "--control "
              + file
              + ": no '"
              + schema.target()
              + "' column with the expected answers; the file has "
              + table.columns());
    }
    List<Row> labelled = ModelScorer.labelled(schema, table.rows());
    if (labelled.isEmpty()) {
      throw new BadInputException(
          "--control "
              + file
              + ": no row has a known class in '"
              + schema.target()
              + "' (classes: "
              + schema.classes()
              + ")");
    }
    return labelled;
  }
}
