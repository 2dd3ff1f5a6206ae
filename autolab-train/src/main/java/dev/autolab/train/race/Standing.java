package dev.autolab.train.race;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One candidate's place in the race.
 *
 * @param candidate the candidate's name
 * @param family its model family
 * @param validScore its validation score on the run's metric (fitted on training rows only)
 * @param seconds how long fitting took, settings search included
 * @param finishedSeconds when the fit ended, in seconds from the race's start: the race's anytime
 *     curve (the best validation score available at each moment) is read from these
 */
public record Standing(
    String candidate,
    String family,
    @JsonProperty("valid_score") double validScore,
    double seconds,
    @JsonProperty("finished_s") double finishedSeconds) {
  /** A standing whose time in the race is not known (fitted outside one). */
  public Standing(String candidate, String family, double validScore, double seconds) {
    this(candidate, family, validScore, seconds, Double.NaN);
  }
}
