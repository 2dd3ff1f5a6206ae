package dev.autolab.train.supervise;

import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the supervisor's events (stage {@code supervisor}) and sends the critical ones to the
 * notifier; a notifier that fails is journalled, never allowed to stop training.
 */
final class SupervisorJournal {
  static final String STAGE = "supervisor";

  private final EventSink sink;
  private final Notifier notifier;
  private final Clock clock;
  private final String engine;

  SupervisorJournal(EventSink sink, Notifier notifier, Clock clock, String engine) {
    this.sink = sink;
    this.notifier = notifier;
    this.clock = clock;
    this.engine = engine;
  }

  void crossing(String rule, long step, Verdict verdict) {
    String message =
        verdict.active()
            ? engine + ": " + rule + " signal on: " + verdict.summary()
            : engine + ": " + rule + " signal cleared";
    sink.record(Event.of(clock, STAGE, "signal", rule, verdict.evidence(), message).withStep(step));
  }

  void action(String rule, long step, Verdict verdict, Proposal proposal) {
    Event event =
        Event.of(
                clock,
                STAGE,
                "action",
                rule,
                verdict.evidence(),
                engine + ": " + proposal.message())
            .withStep(step)
            .withChange(proposal.knob().id(), proposal.from(), proposal.to());
    sink.record(event);
    if (proposal.critical()) {
      notifyOf(event);
    }
  }

  void budgetSpent(String rule, long step, int used, Proposal refused) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("actions", used);
    evidence.put("refused_knob", refused.knob().id());
    Event event =
        Event.of(
                clock,
                STAGE,
                "note",
                "action-budget",
                evidence,
                engine
                    + ": action budget spent ("
                    + used
                    + " actions); "
                    + rule
                    + " asked again and was refused, training goes on unsupervised")
            .withStep(step);
    sink.record(event);
    notifyOf(event);
  }

  void outcome(
      Supervisor.Action action,
      long step,
      double trainBefore,
      double trainAfter,
      double validBefore,
      double validAfter) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("action_step", action.step());
    evidence.put("train_loss_before", Evidence.round(trainBefore));
    evidence.put("train_loss_after", Evidence.round(trainAfter));
    evidence.put("valid_loss_before", Evidence.round(validBefore));
    evidence.put("valid_loss_after", Evidence.round(validAfter));
    boolean comparable = Double.isFinite(validBefore) && Double.isFinite(validAfter);
    double before = comparable ? validBefore : trainBefore;
    double after = comparable ? validAfter : trainAfter;
    String verdict =
        !(Double.isFinite(after))
            ? "not measurable"
            : !Double.isFinite(before) || after < before ? "better" : "not better";
    evidence.put("verdict", verdict);
    String message =
        String.format(
            Locale.ROOT,
            "%s: outcome of %s at step %d (%s %s -> %s): %s %.4g -> %.4g, %s",
            engine,
            action.rule(),
            action.step(),
            action.knob(),
            action.from(),
            action.to(),
            comparable ? "validation loss" : "smoothed training loss",
            before,
            after,
            verdict);
    sink.record(
        Event.of(clock, STAGE, "note", action.rule() + ".outcome", evidence, message)
            .withStep(step)
            .withChange(action.knob(), action.from(), action.to()));
  }

  /** The run's curves, thinned, for the report to draw the actions on. */
  void curve(long step, Map<String, Object> curves, int actions, int cooldown) {
    Map<String, Object> evidence = new LinkedHashMap<>(curves);
    evidence.put("actions", actions);
    evidence.put("cooldown_steps", cooldown);
    sink.record(
        Event.of(
                clock,
                STAGE,
                "note",
                "curve",
                evidence,
                String.format(
                    Locale.ROOT,
                    "%s: training ended at step %d after %d supervisor action(s)",
                    engine,
                    step,
                    actions))
            .withStep(step));
  }

  private void notifyOf(Event event) {
    try {
      notifier.notify(event);
    } catch (RuntimeException e) {
      sink.record(
          Event.of(
                  clock,
                  STAGE,
                  "note",
                  "notify",
                  Map.of("error", String.valueOf(e.getMessage())),
                  "notification failed: " + e.getMessage())
              .withStep(event.step() == null ? 0 : event.step()));
    }
  }
}
