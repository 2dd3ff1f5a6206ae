package dev.autolab.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One immutable version of a named model, with its lineage: the run that made it, the data it was
 * trained on, the code it was built from and the version it was compared with when it was
 * published.
 *
 * @param digest the package's content identity ({@code Manifest.digest()})
 * @param parentVersion the production (else the latest) version when this one was published
 * @param metric the headline metric's name; {@code metricValue} its test value
 * @param bytes the package's size
 * @param approvedBy who approved it for production, or {@code null}
 */
public record ModelVersion(
    String name,
    int version,
    String digest,
    @JsonProperty("run_id") String runId,
    @JsonProperty("run_dir") String runDir,
    @JsonProperty("data_fingerprint") String dataFingerprint,
    @JsonProperty("parent_version") Integer parentVersion,
    String family,
    String metric,
    @JsonProperty("metric_value") double metricValue,
    long bytes,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("git_dirty") Boolean gitDirty,
    String created,
    @JsonProperty("approved_by") String approvedBy,
    @JsonProperty("approved_at") String approvedAt) {

  /** {@code name@version}, the way commands name a version. */
  public String ref() {
    return name + "@" + version;
  }

  /** Whether a larger value of {@link #metric} is better (log-loss and errors: smaller). */
  public boolean higherIsBetter() {
    return !(metric.equals("log_loss") || metric.equals("rmse") || metric.equals("mae"));
  }

  /**
   * How much worse this version's metric is than {@code other}'s, relative to {@code other}'s (0.07
   * = 7% worse; negative when better).
   */
  public double relativeDropFrom(ModelVersion other) {
    double base = Math.max(Math.abs(other.metricValue()), 1e-12);
    double worse =
        higherIsBetter() ? other.metricValue() - metricValue : metricValue - other.metricValue();
    return worse / base;
  }
}
