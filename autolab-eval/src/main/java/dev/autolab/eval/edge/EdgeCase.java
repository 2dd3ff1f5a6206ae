package dev.autolab.eval.edge;

import java.util.Map;

/**
 * One hard example, a line of {@code edge_cases.jsonl}.
 *
 * @param kind {@code lowest_margin} (the model hesitated most) or {@code highest_loss} (it was most
 *     confidently wrong)
 * @param source the file the row came from
 * @param line its line in that file
 * @param margin top probability minus the runner-up's
 * @param loss minus the log of the true class's probability
 * @param values the row's values, long texts cut
 */
public record EdgeCase(
    int schemaVersion,
    String kind,
    String source,
    long line,
    String actual,
    String predicted,
    double margin,
    double loss,
    Map<String, Double> probabilities,
    Map<String, String> values) {
  public static final int SCHEMA_VERSION = 1;
}
