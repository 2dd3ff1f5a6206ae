package dev.autolab.train.race;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Event;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.eval.Metric;
import dev.autolab.train.BudgetSpentException;
import dev.autolab.train.Deadline;
import dev.autolab.train.Families;
import dev.autolab.train.Prediction;
import dev.autolab.train.RungGate;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.ensemble.EnsembleModel;
import dev.autolab.train.ensemble.EnsembleSelection;
import dev.autolab.train.model.Params;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Machine;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.supervise.Supervisor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Trains the candidates of a plan cheapest first within the run's time budget (those that would not
 * end in time are skipped, interruptible ones stop at the deadline), scores each on the validation
 * split with the run's metric, and keeps the best (the earlier candidate on ties). Two or more
 * candidates that train in epochs (the neural families) race by successive halving: all train a
 * first rung, and only the best third go on at each rung ({@link Halving}). Then the trials whose
 * candidates allow it are blended by ensemble selection ({@link EnsembleSelection}), and the blend
 * is delivered instead of the winner when it scores strictly above it on validation. The delivered
 * model (the winner, or each member of the blend) is refitted on train+valid when its candidate
 * asks for it. Every score is journalled: a note for the winner, a prune for the others, and what
 * the blend did.
 *
 * <p>With a {@link TrialStore}, each trial is kept as soon as it ends, and a race over a store that
 * already holds some of its trials (a resumed run) takes those instead of training them again.
 */
public final class Race {
  private static final String STAGE = "race";

  private final TrialStore store;

  /** When the current race started ({@link System#nanoTime()}), for the standings' finish times. */
  private long raceStart;

  /** A race that keeps no trials. */
  public Race() {
    this(TrialStore.NONE);
  }

  /**
   * A race that keeps each finished trial in {@code store}, and takes a trial found there instead
   * of training it again (a resumed run).
   */
  public Race(TrialStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Runs the race; a failing candidate fails the race, so no error goes unnoticed. */
  public RaceResult run(Plan plan, TrainingData data, TrainingContext context) {
    if (plan.candidates().isEmpty()) {
      throw new BadInputException("the plan has no candidates to race");
    }
    if (data.valid().isEmpty()) {
      throw new BadInputException("a race needs validation rows to compare candidates");
    }
    Metric metric = context.metric();
    Deadline deadline = context.deadline();
    List<Candidate> order = RaceOrder.cheapestFirst(plan.candidates());
    List<Entry> entries = restore(order, context);
    List<Candidate> restored = entries.stream().map(Entry::candidate).toList();
    // A resumed race goes on from where its kept trials ended: later finish times follow theirs.
    raceStart = System.nanoTime() - Math.round(latestFinish(entries) * 1e9);
    // Progress comes from the trainers (one piece of work per settings search, one unit per
    // setting); a race-level piece around them would be cut short by their nested ones.
    List<Candidate> toTrain = order.stream().filter(c -> !restored.contains(c)).toList();
    // Fewer than two left to train in epochs: they train one after another, without rungs.
    List<Candidate> inRungs = RaceOrder.inRungs(toTrain);
    for (int i = 0; i < order.size(); i++) {
      Candidate candidate = order.get(i);
      if (restored.contains(candidate) || inRungs.contains(candidate)) {
        continue;
      }
      Trainer trainer = Families.trainer(candidate.family(), candidate.params());
      // The first candidate always trains, however little time is left: a run delivers a model.
      if (!entries.isEmpty()
          && !RaceOrder.affordable(candidate, trainer, entries(entries), deadline)) {
        journalBudget(context, candidate, deadline, "skipped: it would not end within the budget");
        continue;
      }
      Entry entry;
      try {
        entry = train(candidate, trainer, data, context);
      } catch (BudgetSpentException e) {
        journalBudget(context, candidate, deadline, noModel(e));
        continue;
      }
      context.metrics().log("valid." + metric.id(), i, entry.standing().validScore());
      entries.add(entry);
      if (deadline.passed() && trainer.stopsAtDeadline()) {
        journalBudget(
            context,
            candidate,
            deadline,
            "stopped at the deadline, keeping the best state it reached");
      }
    }
    if (!inRungs.isEmpty()) {
      Candidate first = inRungs.get(0);
      Trainer trainer = Families.trainer(first.family(), first.params());
      if (entries.isEmpty() || RaceOrder.affordable(first, trainer, entries(entries), deadline)) {
        for (Entry entry : trainInRungs(inRungs, data, context)) {
          context
              .metrics()
              .log("valid." + metric.id(), entries.size(), entry.standing().validScore());
          entries.add(entry);
        }
      } else {
        for (Candidate candidate : inRungs) {
          journalBudget(
              context, candidate, deadline, "skipped: it would not end within the budget");
        }
      }
    }
    if (entries.isEmpty()) {
      throw new BadInputException(
          "the time budget ran out before any candidate had a model: give a larger --time-budget");
    }
    entries = inRaceOrder(entries, order);
    Entry winner = entries.get(0);
    for (Entry entry : entries) {
      if (metric.isBetter(entry.standing().validScore(), winner.standing().validScore())) {
        winner = entry;
      }
    }
    journalResults(entries, winner, context);
    RaceResult blended = blend(entries, winner, data, context);
    if (blended != null) {
      return blended;
    }
    TrainedModel best = refitIfAsked(winner, data, context);
    return new RaceResult(best, winner.candidate().name(), leaderboard(entries, metric));
  }

  /**
   * A finished trial.
   *
   * @param answers its predictions on the validation rows, or null when not kept (a restored trial)
   */
  private record Entry(
      Candidate candidate, TrainedModel model, Standing standing, List<Prediction> answers) {
    List<Prediction> answers(List<Row> valid) {
      return answers != null ? answers : model.predict(valid);
    }
  }

  /**
   * The weighted ensemble of the trials whose candidates may join one ({@link EnsembleSelection}),
   * as the race's result, when it blends two or more of them and scores strictly above the winner
   * alone on validation; null otherwise (the winner is delivered). Its members are the trials'
   * models, each refitted on train+valid when its candidate asks for it. The blend's validation
   * score has its weights chosen on the same rows, so the journal gives the winner's beside it.
   */
  private RaceResult blend(
      List<Entry> entries, Entry winner, TrainingData data, TrainingContext context) {
    List<Entry> pool = new ArrayList<>();
    for (Entry entry : entries) {
      if (new Params(entry.candidate().params()).flag("ensemble", false)) {
        pool.add(entry);
      }
    }
    if (pool.size() < 2) {
      return null;
    }
    // The winner first, so that ties in the selection go to it.
    if (pool.remove(winner)) {
      pool.add(0, winner);
    }
    Metric metric = context.metric();
    List<List<Prediction>> answers = new ArrayList<>();
    for (Entry entry : pool) {
      answers.add(entry.answers(data.valid()));
    }
    EnsembleSelection.Selection selection =
        EnsembleSelection.select(data.schema(), data.valid(), answers, metric);
    double alone = winner.standing().validScore();
    Map<String, Object> evidence = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int m = 0; m < pool.size(); m++) {
      weights.put(pool.get(m).candidate().name(), selection.weights()[m]);
    }
    evidence.put("weights", weights);
    evidence.put("valid_" + metric.id(), selection.validScore());
    evidence.put("winner_valid_" + metric.id(), alone);
    evidence.put("steps", EnsembleSelection.STEPS);
    if (selection.used() < 2 || !metric.isBetter(selection.validScore(), alone)) {
      raceEvent(
          context,
          "note",
          "ensemble",
          evidence,
          String.format(
              Locale.ROOT,
              "no ensemble: the best blend of the %d trials scores validation %s %.4f,"
                  + " not above %s alone (%.4f)",
              pool.size(),
              metric.id(),
              selection.validScore(),
              winner.candidate().name(),
              alone));
      return null;
    }
    List<TrainedModel> members = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> used = new ArrayList<>();
    double seconds = 0;
    for (int m = 0; m < pool.size(); m++) {
      if (selection.weights()[m] > 0) {
        Entry entry = pool.get(m);
        members.add(refitIfAsked(entry, data, context));
        names.add(entry.candidate().name());
        used.add(selection.weights()[m]);
        seconds += entry.standing().seconds();
      }
    }
    EnsembleModel model =
        new EnsembleModel(members, used.stream().mapToDouble(Double::doubleValue).toArray(), names);
    double finished = (System.nanoTime() - raceStart) / 1e9;
    evidence.put("finished_s", finished);
    StringBuilder blend = new StringBuilder();
    for (int m = 0; m < names.size(); m++) {
      blend
          .append(m == 0 ? "" : " + ")
          .append(String.format(Locale.ROOT, "%.2f %s", used.get(m), names.get(m)));
    }
    raceEvent(
        context,
        "action",
        "ensemble",
        evidence,
        String.format(
            Locale.ROOT,
            "the ensemble %s is delivered: validation %s %.4f against %.4f for %s alone"
                + " (its weights were chosen on the same rows)",
            blend,
            metric.id(),
            selection.validScore(),
            alone,
            winner.candidate().name()));
    List<Standing> board = new ArrayList<>(leaderboard(entries, metric));
    board.add(
        new Standing(
            EnsembleModel.FAMILY, EnsembleModel.FAMILY, selection.validScore(), seconds, finished));
    return new RaceResult(model, EnsembleModel.FAMILY, sorted(board, metric));
  }

  /** The trials of these candidates found in the store, each journalled as restored. */
  private List<Entry> restore(List<Candidate> order, TrainingContext context) {
    List<Entry> restored = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Candidate candidate = order.get(i);
      Optional<TrialStore.StoredTrial> kept = store.find(candidate);
      if (kept.isPresent()) {
        Standing standing = kept.get().standing();
        journalRestored(context, candidate, kept.get());
        context.metrics().log("valid." + context.metric().id(), i, standing.validScore());
        restored.add(new Entry(candidate, kept.get().model(), standing, null));
      }
    }
    return restored;
  }

  private static double latestFinish(List<Entry> entries) {
    return entries.stream()
        .mapToDouble(e -> e.standing().finishedSeconds())
        .filter(Double::isFinite)
        .max()
        .orElse(0);
  }

  /**
   * The entries in the order an uninterrupted race makes them, whichever were restored: those
   * trained one after another, then those raced in rungs. Ties go to the earlier, so a resumed race
   * picks the winner a straight one would.
   */
  private static List<Entry> inRaceOrder(List<Entry> entries, List<Candidate> order) {
    List<Candidate> inRungs = RaceOrder.inRungs(order);
    List<Candidate> sequence = new ArrayList<>(order);
    sequence.removeAll(inRungs);
    sequence.addAll(inRungs);
    return entries.stream()
        .sorted(Comparator.comparingInt(e -> sequence.indexOf(e.candidate())))
        .toList();
  }

  private static void journalRestored(
      TrainingContext context, Candidate candidate, TrialStore.StoredTrial kept) {
    Standing standing = kept.standing();
    Map<String, Object> evidence = evidenceOf(standing, context);
    evidence.put("from", kept.location());
    journal(
        context,
        candidate.name(),
        "note",
        "resume",
        evidence,
        String.format(
            Locale.ROOT,
            "%s restored from %s, not trained again: validation %s %.4f, fitted in"
                + " %.1f s before the run was interrupted",
            candidate.name(),
            kept.location(),
            context.metric().id(),
            standing.validScore(),
            standing.seconds()));
  }

  private static List<Standing> entries(List<Entry> entries) {
    return entries.stream().map(Entry::standing).toList();
  }

  /** A trial's numbers as the journal gives them: its score, fit time and finish time. */
  private static Map<String, Object> evidenceOf(Standing standing, TrainingContext context) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("valid_" + context.metric().id(), standing.validScore());
    evidence.put("fit_s", standing.seconds());
    evidence.put("finished_s", standing.finishedSeconds());
    return evidence;
  }

  /** Journals one race event about {@code trial}. */
  static void journal(
      TrainingContext context,
      String trial,
      String kind,
      String rule,
      Map<String, Object> evidence,
      String message) {
    context
        .journal()
        .record(Event.of(context.clock(), STAGE, kind, rule, evidence, message).withTrial(trial));
  }

  /** Journals one race event that is about the race, not one trial. */
  private static void raceEvent(
      TrainingContext context,
      String kind,
      String rule,
      Map<String, Object> evidence,
      String message) {
    context.journal().record(Event.of(context.clock(), STAGE, kind, rule, evidence, message));
  }

  private static void journalBudget(
      TrainingContext context, Candidate candidate, Deadline deadline, String what) {
    double elapsed = deadline.elapsed().toMillis() / 1000.0;
    double budget = deadline.budget().toMillis() / 1000.0;
    journal(
        context,
        candidate.name(),
        "prune",
        "time-budget",
        Map.of("elapsed_s", elapsed, "budget_s", budget),
        String.format(
            Locale.ROOT,
            "%s %s (%.1f s of %.1f s spent)",
            candidate.name(),
            what,
            elapsed,
            budget));
  }

  /**
   * Trains the candidates that train in epochs by successive halving ({@link Halving}), each in a
   * thread of its own that waits at the rungs while the others train; the entries of those that
   * trained, in candidate order.
   */
  private List<Entry> trainInRungs(
      List<Candidate> group, TrainingData data, TrainingContext context) {
    int n = group.size();
    // As the plan's machine rule says: one trial per core, unless a family wants more (a network
    // small enough for one thread, most tabular and text heads, then trains beside another
    // instead of leaving a core idle; a CNN keeps the machine to itself).
    Machine machine = Machine.detect();
    int cores = machine.cores();
    int wanted =
        group.stream()
            .mapToInt(c -> Families.trainer(c.family(), c.params()).threadsWanted())
            .max()
            .orElse(1);
    int slots = machine.parallelTrials(n, wanted);
    journalSlots(context, group, slots, cores);
    Halving halving =
        new Halving(
            group.stream().map(Candidate::name).toList(),
            RungGate.NONE.factor(),
            slots,
            cores,
            context.deadline()::passed,
            context);
    Entry[] results = new Entry[n];
    Throwable[] failures = new Throwable[n];
    boolean[] skipped = new boolean[n];
    Thread[] threads = new Thread[n];
    for (int i = 0; i < n; i++) {
      int trial = i;
      Candidate candidate = group.get(i);
      threads[i] =
          new Thread(
              () -> {
                RungGate gate = halving.gate(trial);
                try {
                  if (!halving.awaitStart(trial)) {
                    skipped[trial] = true;
                    return;
                  }
                  Trainer trainer = Families.trainer(candidate.family(), candidate.params());
                  // Its own progress lane: trials at once would otherwise share one bar.
                  TrainingContext own =
                      context.withRungs(gate).withProgress(context.progress().lane());
                  results[trial] = train(candidate, trainer, data, own);
                  if (context.deadline().passed() && !halving.outranked(trial)) {
                    journalBudget(
                        context,
                        candidate,
                        context.deadline(),
                        "stopped at the deadline, keeping the best state it reached");
                  }
                } catch (BudgetSpentException e) {
                  journalBudget(context, candidate, context.deadline(), noModel(e));
                } catch (Throwable t) {
                  failures[trial] = t;
                } finally {
                  gate.ended();
                }
              },
              "autolab-trial-" + candidate.name());
      threads[i].setDaemon(true);
    }
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      joinUninterruptibly(thread);
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    }
    List<Entry> trained = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (skipped[i]) {
        journalBudget(
            context,
            group.get(i),
            context.deadline(),
            "skipped: the budget ran out before its turn");
      } else if (results[i] != null) {
        trained.add(results[i]);
      }
    }
    return trained;
  }

  private static void journalSlots(
      TrainingContext context, List<Candidate> group, int slots, int cores) {
    int threads = Math.max(1, cores / slots);
    raceEvent(
        context,
        "note",
        "concurrent-trials",
        Map.of("trials", group.size(), "at_once", slots, "threads_each", threads),
        String.format(
            Locale.ROOT,
            "%d trials race in rungs, %d at once on %d core%s, %d thread%s each until"
                + " fewer go on",
            group.size(),
            slots,
            cores,
            cores == 1 ? "" : "s",
            threads,
            threads == 1 ? "" : "s"));
  }

  /** The journal's words for a candidate the budget stopped before it had a model. */
  private static String noModel(BudgetSpentException e) {
    return "stopped at the deadline before it had a model (" + e.getMessage() + ")";
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Entry train(
      Candidate candidate, Trainer trainer, TrainingData data, TrainingContext context) {
    long start = System.nanoTime();
    TrainedModel model = trainer.fit(data, forTrial(context, candidate, candidate.name()));
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Prediction> answers = model.predict(data.valid());
    double score =
        Validation.metrics(model.schema(), data.valid(), answers).value(context.metric());
    double finished = (System.nanoTime() - raceStart) / 1e9;
    Standing standing =
        new Standing(candidate.name(), candidate.family(), score, seconds, finished);
    // Kept before it is journalled: a trial-result in the journal is a trial a resume restores.
    store.save(candidate, model, standing);
    Map<String, Object> evidence = evidenceOf(standing, context);
    journal(
        context,
        candidate.name(),
        "note",
        "trial-result",
        evidence,
        String.format(
            Locale.ROOT,
            "%s: validation %s %.4f, fitted in %.1f s, %.1f s into the race",
            candidate.name(),
            context.metric().id(),
            score,
            seconds,
            finished));
    return new Entry(candidate, model, standing, answers);
  }

  private TrainedModel refitIfAsked(Entry winner, TrainingData data, TrainingContext context) {
    Params asked = new Params(winner.candidate().params());
    boolean rescued =
        asked.flag(Supervisor.REFIT_AFTER_RESCUE, false)
            && Boolean.TRUE.equals(winner.model().hyperparameters().get(Supervisor.RESCUED));
    if (!asked.flag("refit", false) && !rescued) {
      return winner.model();
    }
    // A refit sees train+valid: expect it to take that much longer than the first fit.
    double rowsRatio = (double) data.trainAndValid().size() / Math.max(1, data.train().size());
    if (!context.deadline().allows(winner.standing().seconds() * rowsRatio)) {
      journalBudget(
          context,
          winner.candidate(),
          context.deadline(),
          "is delivered as fitted on train: a refit on train+valid would not end within the"
              + " budget");
      return winner.model();
    }
    Trainer fixed = Families.trainer(winner.candidate().family(), winner.model().hyperparameters());
    TrainingData all = new TrainingData(data.schema(), data.trainAndValid(), List.of());
    context.progress().start("refit " + winner.candidate().name(), 1);
    TrainedModel refitted =
        fixed.fit(all, forTrial(context, winner.candidate(), winner.candidate().name() + ".refit"));
    context.progress().advance(1);
    context.progress().finish();
    journal(
        context,
        winner.candidate().name(),
        "action",
        "refit",
        Map.of(
            "train_rows",
            data.train().size(),
            "valid_rows",
            data.valid().size(),
            "after_rescue",
            rescued && !asked.flag("refit", false)),
        "refitted "
            + winner.candidate().name()
            + " on train+valid with the settings chosen on validation"
            + (rescued && !asked.flag("refit", false)
                ? ", afresh: the supervisor had rolled its training back from a divergence"
                : ""));
    return refitted;
  }

  private static void journalResults(List<Entry> entries, Entry winner, TrainingContext context) {
    String metric = context.metric().id();
    for (Entry entry : entries) {
      boolean won = entry == winner;
      String message =
          String.format(
              Locale.ROOT,
              won
                  ? "%s wins with validation %s %.4f"
                  : "%s pruned: validation %s %.4f, the winner %s has %.4f",
              entry.candidate().name(),
              metric,
              entry.standing().validScore(),
              winner.candidate().name(),
              winner.standing().validScore());
      journal(
          context,
          entry.candidate().name(),
          won ? "note" : "prune",
          "best-on-validation",
          Map.of(metric, entry.standing().validScore()),
          message);
    }
  }

  /**
   * The context of one trial's fit: its events name the trial, its progress too where the family's
   * task does not, and its metric series are named {@code series} instead of after the family.
   */
  private static TrainingContext forTrial(
      TrainingContext context, Candidate candidate, String series) {
    String trial = candidate.name();
    return context
        .withJournal(
            event ->
                context.journal().record(event.trial() == null ? event.withTrial(trial) : event))
        .withProgress(named(context.progress(), trial))
        .withMetrics(context.metrics().renamed(candidate.family(), series));
  }

  /**
   * {@code listener}, with the trial's name added to a task that does not say it: a family's
   * trainer names its work after the family ("train mlp"), which its twin ({@code mlp-fast})
   * shares.
   */
  private static ProgressListener named(ProgressListener listener, String trial) {
    return new ProgressListener() {
      @Override
      public void start(String task, long total) {
        listener.start(task.contains(trial) ? task : task + " (" + trial + ")", total);
      }

      @Override
      public void advance(long done) {
        listener.advance(done);
      }

      @Override
      public void finish() {
        listener.finish();
      }

      @Override
      public ProgressListener lane() {
        return named(listener.lane(), trial);
      }
    };
  }

  private static List<Standing> leaderboard(List<Entry> entries, Metric metric) {
    return sorted(entries.stream().map(Entry::standing).toList(), metric);
  }

  private static List<Standing> sorted(List<Standing> standings, Metric metric) {
    Comparator<Standing> byScore = Comparator.comparingDouble(Standing::validScore);
    return standings.stream()
        .sorted(metric.higherIsBetter() ? byScore.reversed() : byScore)
        .toList();
  }
}
