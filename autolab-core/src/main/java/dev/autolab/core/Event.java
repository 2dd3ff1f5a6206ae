package dev.autolab.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One decision or observation in a run's journal ({@code journal.jsonl}), with the evidence behind
 * it. Fields that do not apply are {@code null} and left out of the JSON.
 *
 * @param schemaVersion format version of this record
 * @param time ISO-8601 instant
 * @param stage data, planner, race, supervisor, evaluation, gate, export or registry
 * @param kind signal, action, prune, gate or note
 * @param trial the candidate or trial the event is about
 * @param step the training step, when there is one
 * @param rule the name of the rule that fired
 * @param knob what changed
 * @param from the knob's value before
 * @param to the knob's value after
 * @param evidence the numbers that triggered the decision
 * @param message one sentence for people
 * @param round the re-planning round, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "time",
  "stage",
  "kind",
  "trial",
  "step",
  "rule",
  "knob",
  "from",
  "to",
  "evidence",
  "message",
  "round"
})
public record Event(
    int schemaVersion,
    String time,
    String stage,
    String kind,
    String trial,
    Long step,
    String rule,
    String knob,
    Object from,
    Object to,
    Map<String, Object> evidence,
    String message,
    Integer round) {
  public static final int SCHEMA_VERSION = 1;

  public Event {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    evidence = evidence == null ? null : Map.copyOf(new LinkedHashMap<>(evidence));
  }

  /** A plain note from a stage, stamped with the clock's current time. */
  public static Event note(Clock clock, String stage, String message) {
    return new Event(
        SCHEMA_VERSION,
        clock.instant().toString(),
        stage,
        "note",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        message,
        null);
  }

  /** An event of the given kind, from a named rule, with its evidence. */
  public static Event of(
      Clock clock,
      String stage,
      String kind,
      String rule,
      Map<String, Object> evidence,
      String message) {
    return new Event(
        SCHEMA_VERSION,
        clock.instant().toString(),
        stage,
        kind,
        null,
        null,
        rule,
        null,
        null,
        null,
        evidence,
        message,
        null);
  }

  /** This event, about the given trial. */
  public Event withTrial(String trialName) {
    return new Event(
        schemaVersion,
        time,
        stage,
        kind,
        trialName,
        step,
        rule,
        knob,
        from,
        to,
        evidence,
        message,
        round);
  }

  /** This event, at the given training step. */
  public Event withStep(long trainingStep) {
    return new Event(
        schemaVersion,
        time,
        stage,
        kind,
        trial,
        trainingStep,
        rule,
        knob,
        from,
        to,
        evidence,
        message,
        round);
  }

  /** This event, recording that {@code knobName} changed from one value to another. */
  public Event withChange(String knobName, Object fromValue, Object toValue) {
    return new Event(
        schemaVersion,
        time,
        stage,
        kind,
        trial,
        step,
        rule,
        knobName,
        fromValue,
        toValue,
        evidence,
        message,
        round);
  }

  /** This event, in the given re-planning round. */
  public Event withRound(int roundNumber) {
    return new Event(
        schemaVersion,
        time,
        stage,
        kind,
        trial,
        step,
        rule,
        knob,
        from,
        to,
        evidence,
        message,
        roundNumber);
  }
}
