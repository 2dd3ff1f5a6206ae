package dev.autolab.train.linear;

import dev.autolab.core.Event;
import dev.autolab.train.TrainingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Journals a settings search: one metric point per grid point, one event for the choice. */
public final class SearchJournal {
  private SearchJournal() {}

  /** Logs {@code <family>.grid.valid.<metric>} per grid point and journals the chosen settings. */
  public static void record(TrainingContext context, String family, LinearSearch.Outcome outcome) {
    String metric = context.metric().id();
    Map<String, Object> evidence = new LinkedHashMap<>();
    List<LinearSearch.Trial> trials = outcome.trials();
    LinearSearch.Trial chosen = trials.get(0);
    for (int i = 0; i < trials.size(); i++) {
      LinearSearch.Trial trial = trials.get(i);
      context.metrics().log(family + ".grid.valid." + metric, i, trial.score());
      evidence.put(trial.config().describe(), trial.score());
      if (trial.config().equals(outcome.best())) {
        chosen = trial;
      }
    }
    String message =
        String.format(
            Locale.ROOT,
            "%s chose %s: validation %s %.4f (log-loss %.4f) among %d settings",
            family,
            chosen.config().describe(),
            metric,
            chosen.score(),
            chosen.logLoss(),
            trials.size());
    context
        .journal()
        .record(
            Event.of(context.clock(), "race", "note", family + ".settings", evidence, message)
                .withChange("settings", null, chosen.config().describe()));
  }
}
