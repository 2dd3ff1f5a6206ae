package dev.autolab.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The content of {@code exports.json} (contract in ARCHITECTURE.md): every variant, and the one
 * recommended by {@link #RULE}.
 */
@JsonPropertyOrder({
  "schemaVersion",
  "family",
  "headline",
  "source_metric",
  "preprocessing",
  "inputs",
  "side_files",
  "variants",
  "recommended",
  "rule"
})
public record Exports(
    int schemaVersion,
    String family,
    String headline,
    @JsonProperty("source_metric") double sourceMetric,
    String preprocessing,
    List<String> inputs,
    @JsonProperty("side_files") List<String> sideFiles,
    List<ExportVariant> variants,
    String recommended,
    String rule) {
  public static final int SCHEMA_VERSION = 1;
  public static final String FILE = "exports.json";
  public static final String RULE =
      "the smallest file whose test metric is at most 0.5 points below the source model's"
          + " (fp32 parity passed)";
}
