package dev.autolab.train.race;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One candidate's place in the race.
 *
 * @param candidate the candidate's name
 * @param family its model family
 * @param validScore its validation score on the run's metric (fitted on training rows only)
 * @param seconds how long fitting took, settings search included
 */
public record Standing(
    String candidate,
    String family,
    @JsonProperty("valid_score") double validScore,
    double seconds) {}
