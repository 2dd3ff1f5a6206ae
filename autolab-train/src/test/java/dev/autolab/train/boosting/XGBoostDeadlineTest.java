package dev.autolab.train.boosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Deadline;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XGBoostDeadlineTest {
  /**
   * A search that would run a million rounds per setting without the deadline (patience never runs
   * out) ends within the budget plus a slack for the round in flight and the scoring, and still
   * returns a model that predicts.
   */
  @Test
  void aSearchEndsAtTheDeadlineWithAUsableModel() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 400, 150, 3);
    XGBoostTrainer trainer =
        new XGBoostTrainer(
            Map.of(
                "max_depths", List.of(2, 3),
                "max_rounds", 1_000_000,
                "early_stopping_rounds", 1_000_000));
    TrainingContext context =
        TrainingContext.quiet(1, Metric.MACRO_F1)
            .withDeadline(Deadline.startingNow(Duration.ofSeconds(2)));
    long start = System.nanoTime();
    TrainedModel model = trainer.fit(data, context);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(trainer.stopsAtDeadline()).isTrue();
    assertThat(seconds).isGreaterThanOrEqualTo(2.0).isLessThan(2.0 + 5.0);
    assertThat(Validation.metrics(model, data.valid()).value(Metric.MACRO_F1)).isGreaterThan(0.5);
  }
}
