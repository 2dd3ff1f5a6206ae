package dev.autolab.data.profile;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.split.Splits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists what a person should know about the prepared data, one sentence per finding. */
public final class ProblemFinder {
  /** Fewer rows than this give scores too noisy to tell candidates apart. */
  static final int FEW_ROWS = 100;

  /** A feature missing in more than this share of rows is worth a look. */
  static final double MOSTLY_MISSING = 0.5;

  /** A class with fewer rows than this cannot be learned or measured reliably. */
  static final long RARE_CLASS = 10;

  /** Largest-to-smallest class ratio from which accuracy stops being informative. */
  static final double IMBALANCE = 20;

  private static final int LISTED = 10;

  private ProblemFinder() {}

  /** Every finding, in a stable order. */
  public static List<String> find(
      DatasetSchema schema,
      List<ColumnProfile> columns,
      Splits splits,
      List<QuarantineEntry> quarantine) {
    List<String> problems = new ArrayList<>();
    quarantined(quarantine).ifPresent(problems::add);
    problems.addAll(splitSizes(splits));
    problems.addAll(mostlyMissing(columns, splits.size()));
    if (schema.task() == Task.CLASSIFICATION) {
      problems.addAll(ClassProblems.find(schema, splits));
    }
    problems.addAll(DuplicateFinder.find(schema, splits));
    return problems;
  }

  private static Optional<String> quarantined(List<QuarantineEntry> quarantine) {
    if (quarantine.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> byReason =
        quarantine.stream()
            .collect(
                Collectors.groupingBy(
                    QuarantineEntry::reason, LinkedHashMap::new, Collectors.counting()));
    List<String> reasons =
        byReason.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> e.getValue() + " " + e.getKey())
            .toList();
    return Optional.of(
        quarantine.size()
            + " rows quarantined ("
            + listed(reasons, Function.identity(), "; ")
            + ")");
  }

  private static List<String> splitSizes(Splits splits) {
    List<String> problems = new ArrayList<>();
    if (splits.valid().isEmpty()) {
      problems.add("the valid split is empty: too few rows to hold any out");
    }
    if (splits.test().isEmpty()) {
      problems.add("the test split is empty: too few rows to hold any out");
    }
    if (splits.size() < FEW_ROWS) {
      problems.add("only " + splits.size() + " rows are used: scores will be noisy");
    }
    return problems;
  }

  private static List<String> mostlyMissing(List<ColumnProfile> columns, long rows) {
    return columns.stream()
        .filter(c -> c.role() == ColumnRole.FEATURE && c.missing() > MOSTLY_MISSING * rows)
        .map(
            c ->
                String.format(
                    Locale.ROOT,
                    "column '%s' is %.0f%% missing",
                    c.name(),
                    100.0 * c.missing() / rows))
        .toList();
  }

  /** At most {@value #LISTED} items, then how many more. */
  static <T> String listed(List<T> items, Function<T, String> text, String separator) {
    String shown = items.stream().limit(LISTED).map(text).collect(Collectors.joining(separator));
    int more = items.size() - LISTED;
    return more > 0 ? shown + separator + "and " + more + " more" : shown;
  }
}
