package dev.autolab.core.tracking;

import dev.autolab.core.Event;
import java.util.List;
import java.util.Map;

/** Everything a tracking store holds about one run. */
public record RunDetails(
    RunSummary summary,
    Map<String, String> params,
    Map<String, List<MetricPoint>> metrics,
    List<Event> events,
    List<Artifact> artifacts) {
  public RunDetails {
    params = Map.copyOf(params);
    metrics = Map.copyOf(metrics);
    events = List.copyOf(events);
    artifacts = List.copyOf(artifacts);
  }

  /** The last value of a metric series, or NaN when the run has none. */
  public double lastValue(String metric) {
    List<MetricPoint> series = metrics.get(metric);
    return series == null || series.isEmpty() ? Double.NaN : series.get(series.size() - 1).value();
  }
}
