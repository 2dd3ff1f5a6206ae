package dev.autolab.cli.train;

import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.train.Families;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.race.RaceResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The learning curve of the chosen model: its settings refitted on a quarter and a half of the
 * training rows, scored on validation, beside the race's own score on all of them. A curve still
 * rising at the right says more data would help; a flat one says it would not.
 */
final class LearningCurve {
  static final double[] FRACTIONS = {0.25, 0.5};

  /**
   * The curve costs three quarters of one more fit of the winner; when that fit (with its settings
   * search) took longer than this, the curve is left out so a long network training is not repeated
   * for a plot.
   */
  static final double MAX_WINNER_SECONDS = 120;

  /** The curve's fits together, as a share of one fit of the winner on all training rows. */
  static final double CURVE_COST = 0.75;

  private LearningCurve() {}

  static List<CurvePoint> of(RaceResult race, TrainingData data, TrainingContext context) {
    List<Row> shuffled = new ArrayList<>(data.train());
    Collections.shuffle(shuffled, new Random(Seeds.derive(context.seed(), "learning-curve")));
    TrainedModel best = race.best();
    List<CurvePoint> points = new ArrayList<>();
    double winnerSeconds = race.leaderboard().get(0).seconds();
    if (winnerSeconds > MAX_WINNER_SECONDS) {
      context
          .journal()
          .record(
              Event.of(
                  context.clock(),
                  "evaluation",
                  "note",
                  "learning-curve",
                  Map.of("winner_seconds", winnerSeconds, "limit_seconds", MAX_WINNER_SECONDS),
                  "no learning curve: the winner took longer to fit than the curve is worth"));
      return points;
    }
    // The curve's fits are training too: they must end within the run's time budget.
    if (!context.deadline().allows(CURVE_COST * winnerSeconds)) {
      context
          .journal()
          .record(
              Event.of(
                  context.clock(),
                  "evaluation",
                  "note",
                  "learning-curve",
                  Map.of(
                      "winner_seconds",
                      winnerSeconds,
                      "remaining_seconds",
                      context.deadline().remaining().toMillis() / 1000.0),
                  "no learning curve: its fits would not end within the time budget"));
      return points;
    }
    for (double fraction : FRACTIONS) {
      int rows = (int) Math.round(fraction * shuffled.size());
      TrainingData part = new TrainingData(data.schema(), shuffled.subList(0, rows), List.of());
      try {
        TrainedModel model =
            Families.trainer(best.family(), best.hyperparameters()).fit(part, context);
        points.add(
            new CurvePoint(rows, Validation.metrics(model, data.valid()).value(context.metric())));
      } catch (RuntimeException e) {
        // A small share can miss a class some families need; the curve then starts later.
        context
            .journal()
            .record(
                Event.of(
                    context.clock(),
                    "evaluation",
                    "note",
                    "learning-curve",
                    Map.of("rows", rows),
                    "no learning-curve point at " + rows + " rows: " + e.getMessage()));
      }
    }
    points.add(new CurvePoint(data.train().size(), race.leaderboard().get(0).validScore()));
    return points;
  }
}
