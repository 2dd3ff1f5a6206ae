package dev.autolab.train.features;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The features of a text data set: TF-IDF of its text columns (joined, one document per row),
 * followed by its other columns one-hot encoded or standardized.
 *
 * @param vectorizer the fitted TF-IDF blocks
 * @param tabular the fitted encoder of the non-text columns ({@code size() == 0} when none)
 */
public record TextFeatures(TextVectorizer vectorizer, TabularEncoder tabular) {

  /** Categorical columns beside text keep at most this many one-hot levels. */
  public static final int MAX_LEVELS = 50;

  /** The fitted features and the vectors of the rows they were fitted on. */
  public record Fit(TextFeatures features, List<SparseVector> vectors) {}

  /** Fits on {@code rows} of a schema with at least one text column. */
  public static Fit fit(DatasetSchema schema, List<Row> rows, TextSettings settings) {
    List<String> docs = documents(schema, rows);
    TextVectorizer.Fit text = TextVectorizer.fit(docs, settings);
    TabularEncoder tabular = TabularEncoder.fit(rows, schema.features(), true, MAX_LEVELS);
    TextFeatures features = new TextFeatures(text.vectorizer(), tabular);
    List<SparseVector> vectors =
        IntStream.range(0, rows.size())
            .mapToObj(i -> features.append(text.vectors().get(i), rows.get(i)))
            .toList();
    return new Fit(features, vectors);
  }

  /** The vectors of {@code rows}. */
  public List<SparseVector> transform(DatasetSchema schema, List<Row> rows) {
    List<SparseVector> text = vectorizer.transform(documents(schema, rows));
    return IntStream.range(0, rows.size()).mapToObj(i -> append(text.get(i), rows.get(i))).toList();
  }

  /** The number of text columns; tabular columns come after them. */
  public int textDims() {
    return vectorizer.size();
  }

  /** The total number of columns. */
  public int dims() {
    return vectorizer.size() + tabular.size();
  }

  private SparseVector append(SparseVector text, Row row) {
    if (tabular.size() == 0) {
      return text;
    }
    return SparseVector.concat(
        new SparseVector[] {text, tabular.encodeSparse(row)}, new int[] {0, vectorizer.size()});
  }

  /** One document per row: its text columns joined by a line break (missing ones left out). */
  public static List<String> documents(DatasetSchema schema, List<Row> rows) {
    List<ColumnSchema> textColumns = schema.featuresOfType(ColumnType.TEXT);
    if (textColumns.isEmpty()) {
      throw new BadInputException("no text column: pass --text COLUMN or use a tabular family");
    }
    return rows.stream().map(row -> document(textColumns, row)).toList();
  }

  private static String document(List<ColumnSchema> textColumns, Row row) {
    if (textColumns.size() == 1) {
      String value = row.get(textColumns.get(0).name());
      return value == null ? "" : value;
    }
    StringBuilder doc = new StringBuilder();
    for (ColumnSchema column : textColumns) {
      String value = row.get(column.name());
      if (value != null) {
        doc.append(doc.length() == 0 ? "" : "\n").append(value);
      }
    }
    return doc.toString();
  }
}
