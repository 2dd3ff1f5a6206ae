package dev.autolab.train.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfidfLinearTrainerTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new TfidfLinearTrainer(
        Map.of(
            "solvers", List.of("svm", "logistic", "complement_nb"),
            "c_svm", List.of(0.3, 1.0),
            "c_logistic", List.of(10.0),
            "alpha_complement_nb", List.of(0.1),
            "hash_bits", 16));
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.text(3, 240, 90, 7);
  }

  @Override
  protected double sensibleScore() {
    return 0.9;
  }

  @Test
  void journalsTheChosenSettingsWithEveryScore() {
    List<Event> events = new ArrayList<>();
    TrainingContext context =
        new TrainingContext(
            1,
            Metric.MACRO_F1,
            dev.autolab.core.ProgressListener.NONE,
            events::add,
            dev.autolab.core.MetricSink.NONE,
            Clock.systemUTC(),
            Map.of());
    TrainedModel model = trainer().fit(data(), context);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).rule()).isEqualTo("tfidf-linear.settings");
    assertThat(events.get(0).evidence()).hasSize(2 * 2 + 2 + 1);
    assertThat(model.hyperparameters())
        .containsKeys("solver", "class_weight", "temperature", "word_max_n");
  }

  @Test
  void binaryTaskWithTwoTextColumnsAndACategory() {
    TrainingData base = SyntheticData.text(2, 200, 80, 3);
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("subject", ColumnType.TEXT),
                new ColumnSchema("text", ColumnType.TEXT),
                new ColumnSchema("channel", ColumnType.CATEGORICAL)),
            "label",
            Task.CLASSIFICATION,
            base.schema().classes());
    TrainingData data =
        new TrainingData(schema, withColumns(base.train()), withColumns(base.valid()));
    Trainer trainer =
        new TfidfLinearTrainer(Map.of("nb_scaling_options", List.of("false", "true")));
    TrainedModel model = trainer.fit(data, TrainingContext.quiet(5, Metric.ACCURACY));
    assertThat(Validation.metrics(model, data.valid()).value(Metric.ACCURACY)).isGreaterThan(0.9);
  }

  @Test
  void refusesRegression() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(new ColumnSchema("text", ColumnType.TEXT)), "y", Task.REGRESSION, List.of());
    assertThat(new TfidfLinearTrainer(Map.of()).supports(schema)).isFalse();
    assertThatThrownBy(
            () ->
                new TfidfLinearTrainer(Map.of())
                    .fit(
                        new TrainingData(schema, List.of(), List.of()),
                        TrainingContext.quiet(1, Metric.RMSE)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("tfidf-linear");
  }

  private static List<Row> withColumns(List<Row> rows) {
    List<Row> out = new ArrayList<>();
    for (Row row : rows) {
      Map<String, String> values = new LinkedHashMap<>(row.values());
      String text = row.get("text");
      values.put("subject", text.substring(0, text.indexOf(' ')));
      values.put("channel", row.line() % 2 == 0 ? "mail" : null);
      out.add(new Row(row.source(), row.line(), values));
    }
    return out;
  }
}
