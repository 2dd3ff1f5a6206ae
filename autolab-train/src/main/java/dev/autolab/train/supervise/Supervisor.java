package dev.autolab.train.supervise;

import dev.autolab.core.EventSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches one training run and acts on it: an engine reports each step, validation and memory
 * reading; the rules read the {@link Signals}, and the first proposal the {@link Guardrails} allow
 * is applied through the engine's {@link Actuator}. Every signal crossing, action and refusal that
 * matters is journalled with its evidence (stage {@code supervisor}), and each action's outcome is
 * journalled one cool-down later.
 */
public final class Supervisor {
  /** Memory is read every this many steps: a file read, cheap but not free. */
  static final int MEMORY_EVERY = 5;

  private final List<Rule> rules;
  private final Guardrails guardrails;
  private final SupervisorJournal journal;
  private final MemoryProbe memory;
  private final SupervisorSettings settings;
  private final Signals signals = new Signals();
  private final Curve curve = new Curve();
  private final Map<String, Boolean> active = new HashMap<>();
  private final List<Outcome> pending = new ArrayList<>();
  private final List<Action> actions = new ArrayList<>();
  private Actuator knobs;
  private boolean budgetNoticed;

  /** An action taken, for summaries and the report. */
  public record Action(long step, String rule, String knob, Object from, Object to) {}

  /**
   * The setting a model's hyperparameters carry when the supervisor rolled its training back from a
   * divergence: its weights went through the diverging steps, and a plan may ask for such a model
   * to be trained afresh (see the race's refit).
   */
  public static final String RESCUED = "rescued_from_divergence";

  /**
   * The plan value that asks the race to refit a model whose hyperparameters carry {@link
   * #RESCUED}, although the candidate's {@code refit} is false.
   */
  public static final String REFIT_AFTER_RESCUE = "refit_after_rescue";

  /** Whether one of these actions rolled the training back from a divergence. */
  public static boolean rescued(List<Action> actions) {
    return actions.stream().anyMatch(a -> a.rule().equals(DivergenceRule.NAME));
  }

  private record Outcome(Action action, long due, double trainBefore, double validBefore) {}

  public Supervisor(Supervision supervision, EventSink sink, Clock clock, String engine) {
    this(defaultRules(), supervision, sink, clock, engine);
  }

  Supervisor(
      List<Rule> rules, Supervision supervision, EventSink sink, Clock clock, String engine) {
    this.rules = List.copyOf(rules);
    this.settings = supervision.settings();
    this.guardrails = new Guardrails(settings.minCooldownSteps(), settings.actionBudget());
    this.journal = new SupervisorJournal(sink, supervision.notifier(), clock, engine);
    this.memory = new MemoryProbe(settings.memoryLimitBytes());
  }

  /** The rules in priority order: what protects the run first, what improves it last. */
  public static List<Rule> defaultRules() {
    return List.of(
        new DivergenceRule(),
        new MemoryPressureRule(),
        new ExplodingGradientRule(),
        new OverfittingRule(),
        new PlateauRule(),
        new StagnationRule());
  }

  /** The run starts; the cool-down becomes the longer of the minimum and one epoch. */
  public void start(Actuator actuator, int stepsPerEpoch) {
    this.knobs = actuator;
    signals.stepsPerEpoch(stepsPerEpoch);
    guardrails.cooldown(Math.max(settings.minCooldownSteps(), stepsPerEpoch));
    knobs.markGood();
  }

  /** One optimizer step: its loss, global gradient norm (NaN when unmeasured) and throughput. */
  public void step(long step, double loss, double gradientNorm, double rate, double rowsPerSecond) {
    signals.step(step, loss, gradientNorm, rate, rowsPerSecond);
    curve.step(step, Double.isFinite(loss) ? signals.smoothedLoss() : loss);
    resolveOutcomes(false);
    check(Trigger.STEP);
    if (step % MEMORY_EVERY == 0) {
      memory.read(signals);
      check(Trigger.MEMORY);
    }
  }

  /** One validation pass ({@code metric} higher is better, NaN when there is none). */
  public void validation(long step, double loss, double metric) {
    signals.validation(step, loss, metric);
    curve.validation(step, loss);
    check(Trigger.VALIDATION);
    Signals.ValidationPoint best = signals.bestValidation();
    boolean diverging = active.getOrDefault("divergence", false);
    if (!diverging && Double.isFinite(loss) && best != null && loss <= 1.5 * best.loss()) {
      knobs.markGood();
    }
  }

  /** Training ended: outcomes still pending are measured on what there is. */
  public void end() {
    resolveOutcomes(true);
    journal.curve(signals.step(), curve.evidence(), actions.size(), guardrails.cooldown());
  }

  public Signals signals() {
    return signals;
  }

  public List<Action> actions() {
    return List.copyOf(actions);
  }

  public int cooldown() {
    return guardrails.cooldown();
  }

  private void check(Trigger trigger) {
    for (Rule rule : rules) {
      Verdict verdict = rule.check(trigger, signals, knobs);
      if (!verdict.read()) {
        continue;
      }
      boolean was = active.getOrDefault(rule.name(), false);
      if (verdict.active() != was) {
        active.put(rule.name(), verdict.active());
        journal.crossing(rule.name(), signals.step(), verdict);
      }
      if (verdict.active() && verdict.proposal() != null && act(rule, verdict)) {
        return; // one action per check: the next check sees its effect
      }
    }
  }

  private boolean act(Rule rule, Verdict verdict) {
    Proposal proposal = verdict.proposal();
    long step = signals.step();
    String refusal = guardrails.refusal(proposal, step);
    if (refusal != null) {
      if (guardrails.budgetSpent() && !budgetNoticed) {
        budgetNoticed = true;
        journal.budgetSpent(rule.name(), step, guardrails.used(), proposal);
      }
      return false;
    }
    if (!proposal.apply().test(knobs)) {
      return false;
    }
    guardrails.applied(proposal, step);
    if (proposal.knob() == Knob.LEARNING_RATE && proposal.critical()) {
      signals.restart();
    }
    Action action =
        new Action(step, rule.name(), proposal.knob().id(), proposal.from(), proposal.to());
    actions.add(action);
    Signals.ValidationPoint last = signals.lastValidation();
    pending.add(
        new Outcome(
            action,
            step + guardrails.cooldown(),
            signals.smoothedLoss(),
            last == null ? Double.NaN : last.loss()));
    journal.action(rule.name(), step, verdict, proposal);
    return true;
  }

  private void resolveOutcomes(boolean atEnd) {
    for (var it = pending.iterator(); it.hasNext(); ) {
      Outcome outcome = it.next();
      if (atEnd || signals.step() >= outcome.due()) {
        Signals.ValidationPoint last = signals.lastValidation();
        double validAfter =
            last == null || last.step() <= outcome.action().step() ? Double.NaN : last.loss();
        journal.outcome(
            outcome.action(),
            signals.step(),
            outcome.trainBefore(),
            signals.smoothedLoss(),
            outcome.validBefore(),
            validAfter);
        it.remove();
      }
    }
  }
}
