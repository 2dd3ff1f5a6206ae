package dev.autolab.train.race;

import dev.autolab.train.RungGate;
import dev.autolab.train.TrainingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Synchronous successive halving across the race's trials that train in epochs. Every trial trains
 * to the end of rung 0 in turn; when all have reported their validation loss there, the best {@code
 * 1/factor} (at least one) go on to the next rung, factor times as long, and the others stop with
 * the model they have. One trial trains at a time, in candidate order, so that each has the machine
 * to itself and a run is repeatable; the others wait at their rung.
 *
 * <p>Written here rather than taken from a tuning library because the trials are threads of this
 * process whose loops must pause and resume in place (a library would restart them from
 * checkpoints, repeating the engine's start and the data's decoding), and the rule fits in a page.
 */
final class Halving {
  private static final String STAGE = "race";

  private final List<String> names;
  private final int factor;
  private final BooleanSupplier deadlinePassed;
  private final TrainingContext context;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  /** Trials promoted to the current rung, in candidate order. */
  private List<Integer> members;

  private int rung;
  private final double[] loss;
  private final boolean[] reported;
  private final boolean[] ended;
  private final boolean[] stopped;
  private final boolean[] outranked;
  private int turn;

  Halving(List<String> names, int factor, BooleanSupplier deadlinePassed, TrainingContext context) {
    this.names = List.copyOf(names);
    this.factor = factor;
    this.deadlinePassed = deadlinePassed;
    this.context = context;
    int n = names.size();
    members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(i);
    }
    loss = new double[n];
    reported = new boolean[n];
    ended = new boolean[n];
    stopped = new boolean[n];
    outranked = new boolean[n];
    turn = 0;
  }

  /** The gate trial {@code trial} reports through. */
  RungGate gate(int trial) {
    return new RungGate() {
      @Override
      public int factor() {
        return factor;
      }

      @Override
      public boolean reached(int rungReached, double validLoss) {
        return Halving.this.reached(trial, validLoss);
      }

      @Override
      public void ended() {
        Halving.this.ended(trial);
      }
    };
  }

  /**
   * Waits until {@code trial} may start; false when the race stopped it first (the budget ran out
   * before its turn), in which case it must not train.
   */
  boolean awaitStart(int trial) {
    lock.lock();
    try {
      while (turn != trial && !stopped[trial]) {
        changed.awaitUninterruptibly();
      }
      return !stopped[trial];
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code trial} was stopped at a rung for ranking below the trials that went on. */
  boolean outranked(int trial) {
    lock.lock();
    try {
      return outranked[trial];
    } finally {
      lock.unlock();
    }
  }

  private boolean reached(int trial, double validLoss) {
    lock.lock();
    try {
      loss[trial] = validLoss;
      reported[trial] = true;
      passTurn();
      while (turn != trial && !stopped[trial]) {
        changed.awaitUninterruptibly();
      }
      return !stopped[trial];
    } finally {
      lock.unlock();
    }
  }

  private void ended(int trial) {
    lock.lock();
    try {
      if (ended[trial]) {
        return;
      }
      ended[trial] = true;
      if (turn == trial || turn == -1) {
        passTurn();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Gives the turn to the next member still training to this rung, or decides the rung. */
  private void passTurn() {
    turn = -1;
    while (true) {
      for (int trial : members) {
        if (!reported[trial] && !ended[trial] && !stopped[trial]) {
          if (deadlinePassed.getAsBoolean()) {
            stopAll();
            return;
          }
          turn = trial;
          changed.signalAll();
          return;
        }
      }
      if (deadlinePassed.getAsBoolean()) {
        stopAll();
        return;
      }
      List<Integer> next = decide();
      if (next.isEmpty()) {
        changed.signalAll();
        return;
      }
      members = next;
      rung++;
      for (int trial : members) {
        reported[trial] = false;
      }
    }
  }

  /** Ranks the rung's reports; stops all but the best share; the trials going on. */
  private List<Integer> decide() {
    List<Integer> ranked = new ArrayList<>();
    for (int trial : members) {
      if (reported[trial] && !ended[trial] && !stopped[trial]) {
        ranked.add(trial);
      }
    }
    ranked.sort(Comparator.comparingDouble(t -> loss[t]));
    if (ranked.size() <= 1) {
      return ranked;
    }
    int keep = Math.max(1, (ranked.size() + factor - 1) / factor);
    List<Integer> goOn = new ArrayList<>(ranked.subList(0, keep));
    double threshold = loss[ranked.get(keep - 1)];
    for (int i = 0; i < ranked.size(); i++) {
      int trial = ranked.get(i);
      journal(trial, i < keep, i + 1, ranked.size(), keep, threshold);
      if (i >= keep) {
        stopped[trial] = true;
        outranked[trial] = true;
      }
    }
    return goOn;
  }

  /**
   * The budget is spent: every trial still in the race stops, those waiting at a rung with the
   * model they have, those not started without training (the race journals both).
   */
  private void stopAll() {
    for (int trial = 0; trial < names.size(); trial++) {
      if (!ended[trial]) {
        stopped[trial] = true;
      }
    }
    changed.signalAll();
  }

  private void journal(int trial, boolean kept, int place, int of, int keep, double threshold) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("rung", rung);
    evidence.put("valid_loss", loss[trial]);
    evidence.put("place", place);
    evidence.put("trials", of);
    evidence.put("kept", keep);
    String message =
        kept
            ? String.format(
                Locale.ROOT,
                "%s goes on past rung %d: validation loss %.4f, place %d of %d",
                names.get(trial),
                rung,
                loss[trial],
                place,
                of)
            : String.format(
                Locale.ROOT,
                "%s stopped at rung %d: validation loss %.4f, place %d of %d; the best %d go on"
                    + " (loss at most %.4f)",
                names.get(trial),
                rung,
                loss[trial],
                place,
                of,
                keep,
                threshold);
    Race.journal(
        context,
        names.get(trial),
        kept ? "note" : "prune",
        "successive-halving",
        evidence,
        message);
  }
}
