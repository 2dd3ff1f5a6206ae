package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One headline metric of {@code evaluation.json} as a model-index metric: the Hub's metric id as
 * {@code type} (an F1 with its averaging in {@code args}) and Autolab's own key as {@code name}.
 */
record MetricEntry(String key, String type, String average, double value) {
  /** The contract's headline metrics, in the order they appear in {@code metrics}. */
  static List<MetricEntry> of(JsonNode evaluation) {
    List<MetricEntry> entries = new ArrayList<>();
    evaluation
        .path("metrics")
        .properties()
        .forEach(
            field -> {
              if (field.getValue().isNumber()) {
                entries.add(entry(field.getKey(), field.getValue().doubleValue()));
              }
            });
    return entries;
  }

  private static MetricEntry entry(String key, double value) {
    return switch (key) {
      case "macro_f1" -> new MetricEntry(key, "f1", "macro", value);
      case "weighted_f1" -> new MetricEntry(key, "f1", "weighted", value);
      case "r2" -> new MetricEntry(key, "r_squared", null, value);
      default -> new MetricEntry(key, key, null, value);
    };
  }

  Map<String, Object> asYaml() {
    Map<String, Object> metric = new LinkedHashMap<>();
    metric.put("type", type);
    metric.put("value", value);
    metric.put("name", key);
    if (average != null) {
      metric.put("args", Map.of("average", average));
    }
    return metric;
  }
}
