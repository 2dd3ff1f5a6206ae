package dev.autolab.train;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Small generated data sets with a known signal, for fast tests. */
public final class SyntheticData {
  private SyntheticData() {}

  private static final String[][] TOPIC_WORDS = {
    {"goal", "match", "team", "score", "league", "coach", "striker", "season"},
    {"recipe", "oven", "flour", "butter", "bake", "sugar", "dough", "taste"},
    {"server", "deploy", "kernel", "cluster", "latency", "cache", "thread", "build"}
  };
  private static final String[] FILLER = {
    "the", "and", "with", "today", "very", "some", "about", "this"
  };

  /** Texts about sport, baking or computing; three classes, or two with {@code classes = 2}. */
  public static TrainingData text(int classes, int trainRows, int validRows, long seed) {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(new ColumnSchema("text", ColumnType.TEXT)),
            "label",
            Task.CLASSIFICATION,
            List.of("cooking", "sport", "tech").subList(0, classes));
    Random random = new Random(seed);
    return new TrainingData(
        schema,
        textRows(schema, trainRows, random, "train"),
        textRows(schema, validRows, random, "valid"));
  }

  /** Rows of {@link #text}'s kind, labelled by {@code schema}'s classes. */
  public static List<Row> textRows(DatasetSchema schema, int n, Random random, String source) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String label = schema.classes().get(i % schema.classes().size());
      int topic = label.equals("sport") ? 0 : label.equals("cooking") ? 1 : 2;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        // Two words in three come from the topic; some carry over to other topics as noise.
        boolean onTopic = random.nextInt(3) > 0;
        String[] pool =
            onTopic ? TOPIC_WORDS[random.nextInt(5) == 0 ? random.nextInt(3) : topic] : FILLER;
        text.append(pool[random.nextInt(pool.length)]).append(' ');
      }
      rows.add(row(source, i, Map.of("text", text.toString().trim(), "label", label)));
    }
    return rows;
  }

  /**
   * A table whose class depends on two numbers and a category: {@code x1 + x2 > 0} with the
   * category flipping it, and some values missing.
   */
  public static TrainingData table(Task task, int trainRows, int validRows, long seed) {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("x1", ColumnType.NUMERIC),
                new ColumnSchema("x2", ColumnType.NUMERIC),
                new ColumnSchema("colour", ColumnType.CATEGORICAL)),
            "y",
            task,
            task == Task.CLASSIFICATION ? List.of("no", "yes") : List.of());
    Random random = new Random(seed);
    return new TrainingData(
        schema,
        tableRows(task, trainRows, random, "train"),
        tableRows(task, validRows, random, "valid"));
  }

  static List<Row> tableRows(Task task, int n, Random random, String source) {
    String[] colours = {"red", "green", "blue"};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian();
      String colour = colours[random.nextInt(3)];
      double signal = 2 * x1 + x2 + (colour.equals("red") ? 1.5 : 0) + 0.3 * random.nextGaussian();
      Map<String, String> values = new LinkedHashMap<>();
      values.put("x1", random.nextInt(20) == 0 ? null : format(x1));
      values.put("x2", format(x2));
      values.put("colour", colour);
      values.put(
          "y",
          task == Task.CLASSIFICATION ? (signal > 0.5 ? "yes" : "no") : format(3 * signal + 10));
      rows.add(row(source, i, values));
    }
    return rows;
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static Row row(String source, int i, Map<String, String> values) {
    return new Row(source, i + 2, values);
  }
}
