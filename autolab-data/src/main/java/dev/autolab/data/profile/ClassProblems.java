package dev.autolab.data.profile;

import dev.autolab.core.DatasetSchema;
import dev.autolab.data.split.Splits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Findings about the classes of a classification target: absent, rare or imbalanced classes. */
final class ClassProblems {
  private ClassProblems() {}

  static List<String> find(DatasetSchema schema, Splits splits) {
    Map<String, Map<String, Long>> counts =
        ClassCounts.of(schema.target(), schema.classes(), splits);
    List<String> problems = new ArrayList<>();
    absent(problems, counts.get("train"), "train");
    if (!splits.valid().isEmpty()) {
      absent(problems, counts.get("valid"), "valid");
    }
    if (!splits.test().isEmpty()) {
      absent(problems, counts.get("test"), "test");
    }
    rare(problems, counts.get("overall"));
    imbalanced(problems, counts.get("overall"));
    return problems;
  }

  private static void absent(List<String> problems, Map<String, Long> counts, String split) {
    List<String> absent =
        counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    if (!absent.isEmpty()) {
      problems.add(
          absent.size()
              + " classes have no "
              + split
              + " rows: "
              + ProblemFinder.listed(absent, ClassProblems::quoted, ", "));
    }
  }

  private static void rare(List<String> problems, Map<String, Long> overall) {
    List<Map.Entry<String, Long>> rare =
        overall.entrySet().stream().filter(e -> e.getValue() < ProblemFinder.RARE_CLASS).toList();
    if (!rare.isEmpty()) {
      problems.add(
          rare.size()
              + " classes have fewer than "
              + ProblemFinder.RARE_CLASS
              + " rows: "
              + ProblemFinder.listed(
                  rare, e -> quoted(e.getKey()) + " (" + e.getValue() + ")", ", "));
    }
  }

  private static void imbalanced(List<String> problems, Map<String, Long> overall) {
    Map.Entry<String, Long> largest =
        Collections.max(overall.entrySet(), Map.Entry.comparingByValue());
    Map.Entry<String, Long> smallest =
        Collections.min(overall.entrySet(), Map.Entry.comparingByValue());
    if (largest.getValue() >= ProblemFinder.IMBALANCE * Math.max(smallest.getValue(), 1)) {
      problems.add(
          String.format(
              "classes are imbalanced: %s has %d rows, %s has %d",
              quoted(largest.getKey()),
              largest.getValue(),
              quoted(smallest.getKey()),
              smallest.getValue()));
    }
  }

  private static String quoted(String label) {
    return "'" + label + "'";
  }
}
