package dev.autolab.train.boosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Event;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {
  private static final TrainingData DATA = SyntheticData.table(Task.CLASSIFICATION, 400, 150, 7);

  /**
   * Six settings, 90 rounds at most: at the first rung (10 rounds) the best two go on, the other
   * four are journalled with their numbers there, each no better than the last one kept; two are
   * fewer than the reduction factor, so both then train in full and the search picks between them.
   */
  @Test
  void keepsTheBestThirdAtTheFirstRungAndJournalsTheRest() {
    List<Event> events = fit(true);
    List<Event> pruned =
        events.stream().filter(e -> e.rule().equals("successive-halving")).toList();
    assertThat(pruned).hasSize(4);
    for (Event e : pruned) {
      assertThat(e.kind()).isEqualTo("prune");
      assertThat(e.stage()).isEqualTo("race");
      assertThat(e.evidence().get("rung_rounds")).isEqualTo(10);
      assertThat((Double) e.evidence().get("macro_f1"))
          .isLessThanOrEqualTo((Double) e.evidence().get("last_kept_macro_f1"));
    }
    Event chosen = settings(events);
    assertThat(chosen.evidence()).hasSize(2);
    List<Object> losers = pruned.stream().map(e -> e.evidence().get("settings")).toList();
    assertThat(chosen.evidence().keySet())
        .doesNotContainAnyElementsOf(losers.stream().map(String::valueOf).toList());
  }

  @Test
  void turnedOffEverySettingTrainsInFull() {
    List<Event> events = fit(false);
    assertThat(events).noneMatch(e -> e.rule().equals("successive-halving"));
    assertThat(settings(events).evidence()).hasSize(6);
  }

  private static List<Event> fit(boolean halving) {
    Map<String, Object> params = new HashMap<>();
    params.put("max_depths", List.of(1, 2, 3));
    params.put("class_weights", List.of("none", "balanced"));
    params.put("max_rounds", 90);
    params.put("early_stopping_rounds", 10);
    params.put("successive_halving", halving);
    List<Event> events = new ArrayList<>();
    new XGBoostTrainer(params)
        .fit(
            DATA,
            new TrainingContext(
                5,
                Metric.MACRO_F1,
                ProgressListener.NONE,
                events::add,
                MetricSink.NONE,
                Clock.systemUTC(),
                Map.of()));
    return events;
  }

  private static Event settings(List<Event> events) {
    return events.stream()
        .filter(e -> e.rule().equals("xgboost.settings"))
        .findFirst()
        .orElseThrow();
  }
}
