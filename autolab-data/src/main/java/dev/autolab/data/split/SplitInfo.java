package dev.autolab.data.split;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the splits were made, enough to check that a later run used the same ones.
 *
 * @param method "stratified" (by class), "random" (regression), "time" (in the order of {@code
 *     timeColumn}: train earliest, test latest), or "files" when a --valid or --test file supplied
 *     a split and the rest of the main file was divided stratified or at random in the same way
 *     (with a file and a time split, the method is "time")
 * @param seed the run seed the split seed was derived from
 * @param train rows in the train split
 * @param valid rows in the valid split
 * @param test rows in the test split
 * @param fingerprints split name (train, valid, test) to the SHA-256 of its rows
 * @param timeColumn the column a time split is ordered by; {@code null} (and left out of the JSON)
 *     for the other methods
 * @param timeRanges for a time split, each split's earliest and latest time; {@code null} otherwise
 */
public record SplitInfo(
    String method,
    long seed,
    int train,
    int valid,
    int test,
    Map<String, String> fingerprints,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("time_column") String timeColumn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("time_ranges")
        Map<String, TimeRange> timeRanges) {
  private static final Set<String> METHODS = Set.of("stratified", "random", "time", "files");

  public SplitInfo {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown split method '" + method + "': use " + METHODS);
    }
    if (method.equals("time") != (timeColumn != null)) {
      throw new IllegalArgumentException("a time column goes with the time method, and only then");
    }
    Objects.requireNonNull(fingerprints, "fingerprints");
    fingerprints = Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
    timeRanges =
        timeRanges == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(timeRanges));
  }

  /** A split made without a time column. */
  public SplitInfo(
      String method, long seed, int train, int valid, int test, Map<String, String> fingerprints) {
    this(method, seed, train, valid, test, fingerprints, null, null);
  }

  /**
   * The method in a few words, for the terminal and the report: "stratified", or "time order of
   * 'day': train 2024-01-01 to 2024-04-05; valid ...; test ..." with each split's time range.
   */
  @JsonIgnore
  public String description() {
    if (timeColumn == null) {
      return method;
    }
    String ranges =
        timeRanges == null
            ? ""
            : timeRanges.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().first() + " to " + e.getValue().last())
                .collect(Collectors.joining("; ", ": ", ""));
    return "time order of '" + timeColumn + "'" + ranges;
  }
}
