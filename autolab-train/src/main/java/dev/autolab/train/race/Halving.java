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
 * to the end of rung 0; when all have reported their validation loss there, the best {@code
 * 1/factor} (at least one) go on to the next rung, factor times as long, and the others stop with
 * the model they have. Up to {@code slots} trials train at once, taken in candidate order, each on
 * its share of the cores ({@link RungGate#threads()}); the others wait for a slot or at their rung.
 * A trial's model does not depend on which trials train beside it (the loops draw nothing from a
 * process-wide generator), so a race is repeatable.
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
  private final int slots;
  private final int cores;
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
  private final boolean[] running;

  /**
   * @param slots how many trials train at once
   * @param cores the cores the trials share: each trial training may use its share of them
   */
  Halving(
      List<String> names,
      int factor,
      int slots,
      int cores,
      BooleanSupplier deadlinePassed,
      TrainingContext context) {
    if (slots < 1) {
      throw new IllegalArgumentException("at least one trial trains at a time, not " + slots);
    }
    this.names = List.copyOf(names);
    this.factor = factor;
    this.slots = slots;
    this.cores = cores;
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
    running = new boolean[n];
    for (int i = 0; i < Math.min(slots, n); i++) {
      running[i] = true;
    }
  }

  /** The gate trial {@code trial} reports through. */
  RungGate gate(int trial) {
    return new RungGate() {
      @Override
      public int factor() {
        return factor;
      }

      @Override
      public int threads() {
        return Halving.this.threads();
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
      while (!running[trial] && !stopped[trial]) {
        changed.awaitUninterruptibly();
      }
      return !stopped[trial];
    } finally {
      lock.unlock();
    }
  }

  /**
   * The cores divided between the trials of the current rung that train at once: fixed per rung
   * (not read off the trials still running, which would depend on timing), and larger for the fewer
   * trials of later rungs.
   */
  private int threads() {
    lock.lock();
    try {
      return share(members.size());
    } finally {
      lock.unlock();
    }
  }

  private int share(int trials) {
    return Math.max(1, cores / Math.max(1, Math.min(slots, trials)));
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
      running[trial] = false;
      fillSlots();
      while (!running[trial] && !stopped[trial]) {
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
      running[trial] = false;
      fillSlots();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Gives free slots to the next members still to train to this rung, in candidate order; decides
   * the rung once none is training or left to start.
   */
  private void fillSlots() {
    while (true) {
      int busy = 0;
      boolean waiting = false;
      for (int trial : members) {
        if (running[trial]) {
          busy++;
        } else if (!reported[trial] && !ended[trial] && !stopped[trial]) {
          waiting = true;
        }
      }
      if ((waiting || busy == 0) && deadlinePassed.getAsBoolean()) {
        stopAll();
        return;
      }
      if (waiting || busy > 0) {
        for (int trial : members) {
          if (busy < slots
              && !running[trial]
              && !reported[trial]
              && !ended[trial]
              && !stopped[trial]) {
            running[trial] = true;
            busy++;
          }
        }
        changed.signalAll();
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
