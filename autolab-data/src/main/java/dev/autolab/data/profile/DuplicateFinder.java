package dev.autolab.data.profile;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.data.split.Splits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds repeated rows and texts: within the data, and between train and the held-out splits (where
 * a repeat inflates the scores). This first form reports them; it removes none.
 */
final class DuplicateFinder {
  private final List<Row> rows;
  private final int trainEnd;
  private final int validEnd;
  private final List<String> problems = new ArrayList<>();

  private DuplicateFinder(Splits splits) {
    this.rows = splits.all();
    this.trainEnd = splits.train().size();
    this.validEnd = trainEnd + splits.valid().size();
  }

  static List<String> find(DatasetSchema schema, Splits splits) {
    DuplicateFinder finder = new DuplicateFinder(splits);
    List<String> features = schema.features().stream().map(ColumnSchema::name).toList();
    finder.rows(features, schema.target());
    if (features.size() > 1) {
      schema.featuresOfType(ColumnType.TEXT).forEach(c -> finder.texts(c.name()));
    }
    return finder.problems;
  }

  /** Each row's key is its feature values then its target; the features alone are a view of it. */
  private void rows(List<String> features, String target) {
    List<String> columns = new ArrayList<>(features);
    columns.add(target);
    List<List<String>> keys = rows.stream().map(row -> values(row, columns)).toList();
    List<List<String>> featureKeys = keys.stream().map(k -> k.subList(0, k.size() - 1)).toList();
    report(repeats(keys), "%d rows repeat an earlier row exactly");
    report(conflicts(keys), "%d groups of rows have the same features but different targets");
    report(
        leaks(featureKeys, trainEnd, validEnd),
        "%d valid rows duplicate a train row (same features)");
    report(
        leaks(featureKeys, validEnd, rows.size()),
        "%d test rows duplicate a train row (same features)");
  }

  /** Text repeats matter on their own: the same message with other metadata is still a leak. */
  private void texts(String column) {
    List<String> texts = rows.stream().map(row -> row.get(column)).toList();
    List<String> present = texts.stream().filter(Objects::nonNull).toList();
    String quoted = "'" + column + "'";
    report(repeats(present), "%d rows repeat a " + quoted + " text of an earlier row");
    List<String> heldOut = texts.subList(validEnd, texts.size());
    Set<String> train = new HashSet<>(texts.subList(0, trainEnd));
    long leaked = heldOut.stream().filter(t -> t != null && train.contains(t)).count();
    report(leaked, "%d test rows have a " + quoted + " text that is also in train");
  }

  private static <K> long repeats(List<K> keys) {
    Set<K> seen = new HashSet<>();
    return keys.stream().filter(key -> !seen.add(key)).count();
  }

  /** Groups of equal features with more than one target; the target is each key's last value. */
  private static long conflicts(List<List<String>> keys) {
    Map<List<String>, String> firstTarget = new HashMap<>();
    Set<List<String>> conflicting = new HashSet<>();
    for (List<String> key : keys) {
      List<String> features = key.subList(0, key.size() - 1);
      String target = key.get(key.size() - 1);
      String earlier = firstTarget.putIfAbsent(features, target);
      if (earlier != null && !earlier.equals(target)) {
        conflicting.add(features);
      }
    }
    return conflicting.size();
  }

  /** How many of the keys in {@code [from, to)} equal a train key. */
  private long leaks(List<List<String>> keys, int from, int to) {
    Set<List<String>> train = new HashSet<>(keys.subList(0, trainEnd));
    return keys.subList(from, to).stream().filter(train::contains).count();
  }

  /** The values of {@code columns}; an ArrayList because missing values are nulls. */
  private static List<String> values(Row row, List<String> columns) {
    List<String> values = new ArrayList<>(columns.size());
    columns.forEach(c -> values.add(row.get(c)));
    return values;
  }

  private void report(long count, String format) {
    if (count > 0) {
      problems.add(String.format(format, count));
    }
  }
}
