package dev.autolab.cli.evaluate;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.quality.ScoredExamples;
import dev.autolab.eval.slice.ClassFrequencySlicer;
import dev.autolab.eval.slice.ColumnSlicer;
import dev.autolab.eval.slice.MissingValueSlicer;
import dev.autolab.eval.slice.SliceMetrics;
import dev.autolab.eval.slice.Slicer;
import dev.autolab.eval.slice.Slicing;
import dev.autolab.eval.slice.TextLengthSlicer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which slicings apply to a model's data: text length, class frequency, missing values, --slice-by.
 */
final class SliceChoice {
  private final DatasetSchema schema;
  private final String sliceBy;

  SliceChoice(DatasetSchema schema, String sliceBy) {
    this.schema = schema;
    this.sliceBy = sliceBy;
  }

  List<SliceMetrics> evaluate(List<Row> rows, ScoredExamples examples) {
    List<Slicer> slicers = new ArrayList<>();
    List<String> text =
        schema.featuresOfType(ColumnType.TEXT).stream().map(ColumnSchema::name).toList();
    if (!text.isEmpty()) {
      slicers.add(new TextLengthSlicer(text));
    }
    slicers.add(ClassFrequencySlicer.of(examples.support()));
    if (schema.hasTabularFeatures()) {
      slicers.add(
          new MissingValueSlicer(schema.features().stream().map(ColumnSchema::name).toList()));
    }
    if (sliceBy != null) {
      Set<String> columns = new LinkedHashSet<>();
      rows.stream().findFirst().ifPresent(r -> columns.addAll(r.values().keySet()));
      slicers.add(ColumnSlicer.of(sliceBy, rows, columns));
    }
    return Slicing.evaluate(slicers, rows, examples);
  }
}
