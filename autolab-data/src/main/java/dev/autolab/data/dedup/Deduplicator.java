package dev.autolab.data.dedup;

import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.data.split.Splits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes duplicate rows in two steps. Before splitting, a row that repeats an earlier one (same
 * normalised features and target) is removed: it adds no information and would weigh twice. After
 * splitting, a valid or test row whose features equal a train row's, or whose text nearly
 * duplicates a train text ({@link MinHasher}), is removed from its split: scoring a model on rows
 * it was trained on inflates the score (leakage). Rows with the same features but different targets
 * are counted, not removed.
 */
public final class Deduplicator {
  private final List<String> features;
  private final String target;
  private final List<String> textColumns;
  private final long seed;

  /** A deduplicator over {@code features} (text among them in {@code textColumns}). */
  public Deduplicator(List<String> features, String target, List<String> textColumns, long seed) {
    this.features = List.copyOf(features);
    this.target = target;
    this.textColumns = List.copyOf(textColumns);
    this.seed = seed;
  }

  /** The rows that repeat an earlier row, each with its entry (an identity map). */
  public Map<Row, DuplicateEntry> exact(List<Row> rows) {
    List<String> columns = new ArrayList<>(features);
    columns.add(target);
    Map<List<String>, Row> first = new HashMap<>();
    Map<Row, DuplicateEntry> removed = new IdentityHashMap<>();
    for (Row row : rows) {
      Row kept = first.putIfAbsent(RowKey.of(row, columns), row);
      if (kept != null) {
        removed.put(row, entry(row, "exact duplicate", kept));
      }
    }
    return removed;
  }

  /** Groups of rows with equal features but more than one target. */
  public long conflicts(List<Row> rows) {
    Map<List<String>, String> firstTarget = new HashMap<>();
    Set<List<String>> conflicting = new HashSet<>();
    for (Row row : rows) {
      List<String> key = RowKey.of(row, features);
      String earlier = firstTarget.putIfAbsent(key, row.get(target));
      if (earlier != null && !earlier.equals(row.get(target))) {
        conflicting.add(key);
      }
    }
    return conflicting.size();
  }

  /** Valid and test rows that duplicate or nearly duplicate a train row (an identity map). */
  public Map<Row, DuplicateEntry> leakage(Splits splits) {
    Map<List<String>, Row> train = new HashMap<>();
    splits.train().forEach(row -> train.putIfAbsent(RowKey.of(row, features), row));
    Map<Row, DuplicateEntry> removed = new IdentityHashMap<>();
    List<Row> heldOut = new ArrayList<>(splits.valid());
    heldOut.addAll(splits.test());
    int validCount = splits.valid().size();
    for (int i = 0; i < heldOut.size(); i++) {
      Row row = heldOut.get(i);
      Row twin = train.get(RowKey.of(row, features));
      if (twin != null) {
        removed.put(row, entry(row, split(i, validCount) + " row duplicates a train row", twin));
      }
    }
    if (!textColumns.isEmpty()) {
      nearLeaks(splits.train(), heldOut, validCount, removed);
    }
    return removed;
  }

  /** Train rows whose text nearly duplicates an earlier train row's. */
  public long nearInTrain(List<Row> train) {
    if (textColumns.isEmpty()) {
      return 0;
    }
    int[] match = new MinHasher(Seeds.derive(seed, "minhash")).earlierMatches(signatures(train));
    long count = 0;
    for (int m : match) {
      count += m >= 0 ? 1 : 0;
    }
    return count;
  }

  private void nearLeaks(
      List<Row> train, List<Row> heldOut, int validCount, Map<Row, DuplicateEntry> removed) {
    List<Row> all = new ArrayList<>(train);
    all.addAll(heldOut);
    int[] match = new MinHasher(Seeds.derive(seed, "minhash")).earlierMatches(signatures(all));
    for (int i = 0; i < heldOut.size(); i++) {
      int m = match[train.size() + i];
      Row row = heldOut.get(i);
      if (m >= 0 && m < train.size() && !removed.containsKey(row)) {
        String reason = split(i, validCount) + " row's text nearly duplicates a train row";
        removed.put(row, entry(row, reason, train.get(m)));
      }
    }
  }

  private List<long[]> signatures(List<Row> rows) {
    MinHasher hasher = new MinHasher(Seeds.derive(seed, "minhash"));
    List<long[]> signatures = new ArrayList<>(rows.size());
    for (Row row : rows) {
      StringBuilder text = new StringBuilder();
      for (String column : textColumns) {
        String value = row.get(column);
        text.append(value == null ? "" : value).append(' ');
      }
      signatures.add(hasher.signature(text.toString()));
    }
    return signatures;
  }

  private static String split(int heldOutIndex, int validCount) {
    return heldOutIndex < validCount ? "valid" : "test";
  }

  private static DuplicateEntry entry(Row row, String reason, Row kept) {
    return new DuplicateEntry(row.source(), row.line(), reason, kept.source(), kept.line());
  }
}
