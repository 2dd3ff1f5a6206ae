package dev.autolab.train.race;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Event;
import dev.autolab.eval.Metric;
import dev.autolab.train.Families;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.model.Params;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains every candidate of a plan, scores each on the validation split with the run's metric, and
 * keeps the best (the earlier candidate on ties). The winner is refitted on train+valid when its
 * candidate asks for it. Every score is journalled: a note for the winner, a prune for the others.
 */
public final class Race {
  private static final String STAGE = "race";

  /** Runs the race; a failing candidate fails the race, so no error goes unnoticed. */
  public RaceResult run(Plan plan, TrainingData data, TrainingContext context) {
    if (plan.candidates().isEmpty()) {
      throw new BadInputException("the plan has no candidates to race");
    }
    if (data.valid().isEmpty()) {
      throw new BadInputException("a race needs validation rows to compare candidates");
    }
    Metric metric = context.metric();
    List<Entry> entries = new ArrayList<>();
    // Progress comes from the trainers (one piece of work per settings search, one unit per
    // setting); a race-level piece around them would be cut short by their nested ones.
    for (int i = 0; i < plan.candidates().size(); i++) {
      Entry entry = train(plan.candidates().get(i), data, context);
      context.metrics().log("valid." + metric.id(), i, entry.standing().validScore());
      entries.add(entry);
    }
    Entry winner = entries.get(0);
    for (Entry entry : entries) {
      if (metric.isBetter(entry.standing().validScore(), winner.standing().validScore())) {
        winner = entry;
      }
    }
    journalResults(entries, winner, context);
    TrainedModel best = refitIfAsked(winner, data, context);
    return new RaceResult(best, winner.candidate().name(), leaderboard(entries, metric));
  }

  private record Entry(Candidate candidate, TrainedModel model, Standing standing) {}

  private Entry train(Candidate candidate, TrainingData data, TrainingContext context) {
    Trainer trainer = Families.trainer(candidate.family(), candidate.params());
    long start = System.nanoTime();
    TrainedModel model = trainer.fit(data, forTrial(context, candidate.name()));
    double seconds = (System.nanoTime() - start) / 1e9;
    double score = Validation.metrics(model, data.valid()).value(context.metric());
    return new Entry(
        candidate, model, new Standing(candidate.name(), candidate.family(), score, seconds));
  }

  private TrainedModel refitIfAsked(Entry winner, TrainingData data, TrainingContext context) {
    if (!new Params(winner.candidate().params()).flag("refit", false)) {
      return winner.model();
    }
    Trainer fixed = Families.trainer(winner.candidate().family(), winner.model().hyperparameters());
    TrainingData all = new TrainingData(data.schema(), data.trainAndValid(), List.of());
    context.progress().start("refit " + winner.candidate().name(), 1);
    TrainedModel refitted = fixed.fit(all, forTrial(context, winner.candidate().name()));
    context.progress().advance(1);
    context.progress().finish();
    context
        .journal()
        .record(
            Event.of(
                    context.clock(),
                    STAGE,
                    "action",
                    "refit",
                    Map.of("train_rows", data.train().size(), "valid_rows", data.valid().size()),
                    "refitted "
                        + winner.candidate().name()
                        + " on train+valid with the settings chosen on validation")
                .withTrial(winner.candidate().name()));
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
      context
          .journal()
          .record(
              Event.of(
                      context.clock(),
                      STAGE,
                      won ? "note" : "prune",
                      "best-on-validation",
                      Map.of(metric, entry.standing().validScore()),
                      message)
                  .withTrial(entry.candidate().name()));
    }
  }

  private static TrainingContext forTrial(TrainingContext context, String trial) {
    return context.withJournal(
        event -> context.journal().record(event.trial() == null ? event.withTrial(trial) : event));
  }

  private static List<Standing> leaderboard(List<Entry> entries, Metric metric) {
    Comparator<Standing> byScore = Comparator.comparingDouble(Standing::validScore);
    return entries.stream()
        .map(Entry::standing)
        .sorted(metric.higherIsBetter() ? byScore.reversed() : byScore)
        .toList();
  }
}
