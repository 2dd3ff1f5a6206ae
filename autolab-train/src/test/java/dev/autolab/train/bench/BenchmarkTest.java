package dev.autolab.train.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality bars on the benchmark files in {@code ~/.cache/autolab-bench} (not in the default suite):
 * {@code ./mvnw -o -pl autolab-train test -Dtest=BenchmarkTest -Dtest.excludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class BenchmarkTest {
  @Test
  void spam() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(new ColumnSchema("text", ColumnType.TEXT)),
            "label",
            Task.CLASSIFICATION,
            List.of("ham", "spam"));
    Benchmark.Outcome outcome = Benchmark.run("spam", schema, Set.of(), Metric.MACRO_F1);
    assertThat(outcome.race().bestCandidate()).isEqualTo("tfidf-linear");
    assertThat(outcome.test().value(Metric.MACRO_F1)).isGreaterThanOrEqualTo(0.981);
    assertThat(outcome.seconds()).isLessThan(120);
  }

  @Test
  void penguins() throws Exception {
    Benchmark.Outcome outcome =
        Benchmark.run(
            "penguins", Benchmark.tabularSchema("penguins"), Set.of("."), Metric.MACRO_F1);
    assertThat(outcome.test().value(Metric.ACCURACY)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void seattleWeather() throws Exception {
    Benchmark.Outcome outcome =
        Benchmark.run(
            "seattle_weather",
            Benchmark.tabularSchema("seattle_weather"),
            Set.of(),
            Metric.MACRO_F1);
    assertThat(outcome.test().value(Metric.ACCURACY)).isGreaterThanOrEqualTo(0.87);
    assertThat(outcome.test().value(Metric.MACRO_F1)).isGreaterThanOrEqualTo(0.65);
  }
}
