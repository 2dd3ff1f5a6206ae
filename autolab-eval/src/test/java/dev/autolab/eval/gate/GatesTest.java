package dev.autolab.eval.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatesTest {
  @TempDir Path dir;

  private static Metrics weakOnB() {
    // "b" is found once in four (recall 0.25), "a" always.
    return Evaluator.classification(
        List.of("a", "b"),
        new int[] {0, 0, 1, 1, 1, 1},
        new double[][] {{1, 0}, {1, 0}, {0, 1}, {1, 0}, {1, 0}, {1, 0}});
  }

  @Test
  void theDefaultMinimumClassRecallFailsAWeakClassWithItsNumbers() {
    GateReport report =
        GateChecker.check(
            GateSpec.defaults(),
            "defaults",
            new GateInputs(weakOnB(), null, null, null, null),
            dir);
    assertThat(report.passed()).isFalse();
    assertThat(report.failures())
        .anySatisfy(
            g -> {
              assertThat(g.gate()).isEqualTo(GateKind.CLASS_RECALL);
              assertThat(g.subject()).isEqualTo("b");
              assertThat(g.value()).isEqualTo(0.25);
              assertThat(g.threshold()).isEqualTo(0.3);
            });
  }

  @Test
  void aYamlFileOverridesKeysOneByOneAndNullSwitchesAGateOff() throws Exception {
    Path file = dir.resolve("gates.yaml");
    Files.writeString(file, "min_class_recall: null\nmacro_f1_min: 0.2\nattack_success_max: 0.1\n");
    GateSpec spec = GatesFile.read(file);
    assertThat(spec.attackSuccessMax()).isEqualTo(0.1);
    assertThat(spec.minClassRecall()).isNull();
    assertThat(spec.macroF1Min()).isEqualTo(0.2);
    assertThat(spec.p95LatencyMsMax()).isEqualTo(GateSpec.defaults().p95LatencyMsMax());
    GateReport report =
        GateChecker.check(
            spec, file.toString(), new GateInputs(weakOnB(), null, null, null, null), dir);
    assertThat(report.passed()).isTrue();
  }

  @Test
  void unknownKeysAndWrongValuesAreReportedTogether() throws Exception {
    Path file = dir.resolve("gates.yaml");
    Files.writeString(file, "min_recall: 0.3\nmacro_f1_min: high\n");
    assertThatThrownBy(() -> GatesFile.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("unknown key 'min_recall'")
        .hasMessageContaining("macro_f1_min must be a number")
        .hasMessageContaining("min_class_recall");
  }

  @Test
  void aProductionModelFailsTheGateWhenAMetricIsMoreThanTheToleranceWorse() throws Exception {
    Files.writeString(
        dir.resolve("production.json"),
        "{\"schemaVersion\":1,\"metrics\":{\"accuracy\":0.9,\"macro_f1\":0.5}}");
    GateSpec spec =
        new GateSpec(null, null, null, null, null, null, null, null, "production.json", 0.05);
    GateReport report =
        GateChecker.check(spec, "x", new GateInputs(weakOnB(), null, null, null, null), dir);
    // accuracy 0.5 < 0.9 * 0.95 fails; macro-F1 0.486 >= 0.5 * 0.95 passes.
    assertThat(report.failures()).extracting(GateResult::subject).containsExactly("accuracy");
    assertThat(report.results()).extracting(GateResult::subject).contains("macro_f1");
  }
}
