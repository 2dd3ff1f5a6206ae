package dev.autolab.train.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supervisor's guardrails, journal and notifications on synthetic runs. */
class SupervisorTest {
  private final List<Event> journal = new ArrayList<>();
  private final List<Event> notified = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private final SimActuator knobs = new SimActuator();

  private Supervisor supervisor(int budget) {
    SupervisorSettings settings = new SupervisorSettings(true, 0, 20, budget);
    return new Supervisor(new Supervision(settings, notified::add), journal::add, clock, "mlp");
  }

  /** A run whose loss keeps blowing up: every step above 2x the first loss. */
  private static double explosive(long step) {
    return step <= 10 ? 1.0 - step * 0.01 : 50.0;
  }

  @Test
  void aRunThatKeepsDivergingIsCutOncePerCoolDownUntilTheBudgetIsSpent() {
    Supervisor supervisor = supervisor(3);
    supervisor.start(knobs, 10); // cool-down: max(20, 10) = 20 steps
    for (long step = 1; step <= 200; step++) {
      supervisor.step(step, explosive(step), 1.0, knobs.rate, 1000);
    }
    supervisor.end();

    List<Supervisor.Action> actions = supervisor.actions();
    assertThat(actions).hasSize(3);
    assertThat(actions).allMatch(a -> a.rule().equals("divergence"));
    for (int i = 1; i < actions.size(); i++) {
      assertThat(actions.get(i).step() - actions.get(i - 1).step()).isGreaterThanOrEqualTo(20);
    }
    assertThat(knobs.rollbacks).isEqualTo(3);
    assertThat(knobs.rate).isCloseTo(1e-4, org.assertj.core.data.Offset.offset(1e-12));

    Event first = journal.stream().filter(e -> e.kind().equals("action")).findFirst().orElseThrow();
    assertThat(first.stage()).isEqualTo("supervisor");
    assertThat(first.rule()).isEqualTo("divergence");
    assertThat(first.knob()).isEqualTo("learning_rate");
    assertThat(first.from()).isEqualTo(0.1);
    assertThat((double) first.to()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(first.step()).isEqualTo(actions.get(0).step());
    assertThat(first.evidence()).containsKeys("smoothed_loss", "lowest_smoothed_loss");

    // Signal crossings, one outcome per action, the budget note and the curve are journalled.
    assertThat(journal).anyMatch(e -> e.kind().equals("signal") && e.rule().equals("divergence"));
    assertThat(journal.stream().filter(e -> "divergence.outcome".equals(e.rule()))).hasSize(3);
    assertThat(journal).anyMatch(e -> "action-budget".equals(e.rule()));
    assertThat(journal.get(journal.size() - 1).rule()).isEqualTo("curve");
    // Critical: the three rollbacks and the spent budget reach the notifier.
    assertThat(notified).hasSize(4);
  }

  @Test
  void aHealthyRunGetsNoActionAndOnlyItsCurveInTheJournal() {
    Supervisor supervisor = supervisor(8);
    supervisor.start(knobs, 25);
    java.util.Random random = new java.util.Random(3);
    long step = 0;
    for (int epoch = 0; epoch < 12; epoch++) {
      for (int i = 0; i < 25; i++) {
        step++;
        double loss = 0.1 + 2.2 * Math.exp(-step / 60.0) * (1 + 0.15 * random.nextGaussian());
        supervisor.step(
            step, loss, 1 + 0.3 * random.nextGaussian() * random.nextGaussian(), 0.1, 900);
      }
      supervisor.validation(step, 0.3 + 2.0 * Math.exp(-step / 60.0), 0.9 - Math.exp(-step / 60.0));
    }
    supervisor.end();
    assertThat(supervisor.actions()).isEmpty();
    assertThat(journal).noneMatch(e -> e.kind().equals("action"));
    assertThat(notified).isEmpty();
    assertThat(knobs.marks).isGreaterThan(1);
  }

  @Test
  void twoRulesOnOneKnobWaitForTheCoolDown() {
    Guardrails guardrails = new Guardrails(30, 8);
    Proposal cut = new Proposal(Knob.LEARNING_RATE, 0.1, 0.03, false, "cut", k -> true);
    Proposal rollback = new Proposal(Knob.LEARNING_RATE, 0.03, 0.003, true, "rollback", k -> true);
    Proposal clip = new Proposal(Knob.CLIP_NORM, 0.0, 2.0, false, "clip", k -> true);
    assertThat(guardrails.refusal(cut, 100)).isNull();
    guardrails.applied(cut, 100);
    // Critical or not, the same knob waits; another knob waits too unless critical.
    assertThat(guardrails.refusal(rollback, 110)).contains("inside the cool-down");
    assertThat(guardrails.refusal(clip, 110)).contains("cool-down after the action");
    assertThat(guardrails.refusal(rollback, 130)).isNull();
  }

  @Test
  void aFailingNotifierIsJournalledAndTrainingGoesOn() {
    SupervisorSettings settings = new SupervisorSettings(true, 0, 20, 8);
    Notifier broken =
        event -> {
          throw new IllegalStateException("webhook down");
        };
    Supervisor supervisor =
        new Supervisor(new Supervision(settings, broken), journal::add, clock, "cnn");
    supervisor.start(knobs, 10);
    for (long step = 1; step <= 20; step++) {
      supervisor.step(step, step < 5 ? 1.0 : Double.NaN, Double.NaN, knobs.rate, 100);
    }
    assertThat(supervisor.actions()).isNotEmpty();
    assertThat(journal).anyMatch(e -> "notify".equals(e.rule()) && e.message().contains("down"));
  }
}
