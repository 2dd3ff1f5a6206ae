package dev.autolab.cli.report;

import dev.autolab.data.PreparedDataset;
import dev.autolab.data.labels.LabelIssue;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.read.QuarantineEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data part of {@code report.html} beyond the row accounting: columns, class balance, what was
 * quarantined, repaired and removed, and the most suspect labels.
 */
final class DataSection {
  /** Rows of the label-issue table; the rest are in {@code data/label_issues.jsonl}. */
  static final int ISSUES_SHOWN = 10;

  private DataSection() {}

  static void append(StringBuilder page, PreparedDataset dataset) {
    DataProfile profile = dataset.profile();
    columns(page, profile.columns());
    if (profile.classCounts() != null) {
      counts(page, "Class balance (all splits)", profile.classCounts().get("overall"));
    }
    counts(page, "Quarantined rows by reason", reasons(dataset.quarantine()));
    counts(page, "Repairs made to rows that were kept", profile.repairs());
    Map<String, Long> removed = new TreeMap<>();
    dataset.duplicates().forEach(d -> removed.merge(d.reason(), 1L, Long::sum));
    counts(page, "Rows removed as duplicates", removed);
    issues(page, dataset.labels().issues());
  }

  private static void columns(StringBuilder page, List<ColumnProfile> columns) {
    page.append("<h3>Columns</h3><table><tr><th>column</th><th>type</th><th>role</th>")
        .append("<th>missing</th><th>distinct</th><th>why</th></tr>");
    for (ColumnProfile c : columns) {
      cells(
          page,
          c.name(),
          c.type(),
          c.role().name().toLowerCase(java.util.Locale.ROOT),
          c.missing(),
          c.distinct(),
          c.reason() == null ? "" : c.reason());
    }
    page.append("</table>");
  }

  private static void counts(StringBuilder page, String title, Map<String, Long> counts) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    page.append("<h3>").append(Html.escape(title)).append("</h3><table>");
    counts.forEach((name, n) -> cells(page, name, n));
    page.append("</table>");
  }

  private static void issues(StringBuilder page, List<LabelIssue> issues) {
    if (issues.isEmpty()) {
      return;
    }
    page.append("<h3>Suspected label errors (")
        .append(issues.size())
        .append(", most suspect first)</h3><table><tr><th>row</th><th>given</th>")
        .append("<th>suggested</th><th>p(given)</th></tr>");
    issues.stream()
        .limit(ISSUES_SHOWN)
        .forEach(i -> cells(page, i.row(), i.given(), i.suggested(), i.selfConfidence()));
    page.append("</table>");
  }

  private static Map<String, Long> reasons(List<QuarantineEntry> quarantine) {
    Map<String, Long> reasons = new TreeMap<>();
    for (QuarantineEntry q : quarantine) {
      int colon = q.reason().indexOf(':');
      String kind =
          colon > 0 && !q.reason().startsWith("expected")
              ? q.reason().substring(0, colon)
              : q.reason();
      reasons.merge(kind, 1L, Long::sum);
    }
    return reasons;
  }

  private static void cells(StringBuilder page, Object... values) {
    page.append("<tr>");
    for (Object v : values) {
      page.append("<td>").append(Html.escape(v)).append("</td>");
    }
    page.append("</tr>");
  }
}
