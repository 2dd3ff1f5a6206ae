package dev.autolab.cli.train;

import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.Event;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.profile.DataProfile;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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
            dataset.split().method()));
  }
}
