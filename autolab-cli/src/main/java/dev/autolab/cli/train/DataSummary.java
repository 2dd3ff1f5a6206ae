package dev.autolab.cli.train;

import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.Event;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.profile.DataProfile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The data part of {@code run.json} and the journal's note about the prepared data. */
public final class DataSummary {
  private DataSummary() {}

  public static Map<String, Object> of(PreparedDataset dataset) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("fingerprint", dataset.fingerprint());
    data.put("split", RunRecorder.asMap(dataset.split()));
    data.put("rows", accounting(dataset));
    data.put("task", dataset.schema().task().id());
    data.put("target", dataset.schema().target());
    data.put("classes", dataset.schema().classes());
    return data;
  }

  /** The row-accounting numbers of the profile, under their contract names, in order. */
  public static Map<String, Object> accounting(PreparedDataset dataset) {
    DataProfile profile = dataset.profile();
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("rows_read", profile.rowsRead());
    rows.put("rows_used", profile.rowsUsed());
    rows.put("rows_quarantined", profile.rowsQuarantined());
    rows.put("rows_duplicates", profile.rowsDuplicates());
    return rows;
  }

  /**
   * The terminal's account of the rows: the contract's four numbers, then quarantine reasons,
   * repairs, duplicates and label issues where there are any.
   */
  public static List<String> accountingLines(PreparedDataset dataset) {
    DataProfile profile = dataset.profile();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "rows: %d read = %d used + %d quarantined + %d duplicates",
            profile.rowsRead(),
            profile.rowsUsed(),
            profile.rowsQuarantined(),
            profile.rowsDuplicates()));
    if (dataset.quarantine().size() + dataset.duplicates().size()
        < profile.rowsQuarantined() + profile.rowsDuplicates()) {
      // streamed: the entries are in the files, the profile has the counts
      profile.problems().forEach(problem -> lines.add("  " + problem));
      return lines;
    }
    Map<String, Long> reasons = new TreeMap<>();
    dataset.quarantine().forEach(q -> reasons.merge(reasonKind(q.reason()), 1L, Long::sum));
    reasons.forEach((reason, n) -> lines.add(String.format("  quarantined %6d  %s", n, reason)));
    profile
        .repairs()
        .forEach((repair, n) -> lines.add(String.format("  repaired    %6d  %s", n, repair)));
    Map<String, Long> removed = new TreeMap<>();
    dataset.duplicates().forEach(d -> removed.merge(d.reason(), 1L, Long::sum));
    removed.forEach((reason, n) -> lines.add(String.format("  duplicate   %6d  %s", n, reason)));
    if (profile.labelIssues() != null && profile.labelIssues().found() > 0) {
      lines.add(
          String.format(
              "label issues: %d suspected (data/label_issues.jsonl, review with"
                  + " data/label_studio_tasks.json)",
              profile.labelIssues().found()));
    }
    return lines;
  }

  /** A reason without its particulars ("expected 7 fields, found 5" stays; limits are cut). */
  private static String reasonKind(String reason) {
    int colon = reason.indexOf(':');
    return colon > 0 && !reason.startsWith("expected") ? reason.substring(0, colon) : reason;
  }

  public static Event event(PreparedDataset dataset, Clock clock) {
    Map<String, Object> rows = accounting(dataset);
    return Event.of(
        clock,
        "data",
        "note",
        null,
        rows,
        String.format(
            "read %s rows: %s used, %s quarantined, %s duplicates removed; split %d/%d/%d (%s)",
            rows.get("rows_read"),
            rows.get("rows_used"),
            rows.get("rows_quarantined"),
            rows.get("rows_duplicates"),
            dataset.train().size(),
            dataset.valid().size(),
            dataset.test().size(),
            dataset.split().description()));
  }
}
