package dev.autolab.train.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineRuleTest {
  private static final long GIB = 1L << 30;
  private static final DatasetSchema TABLE =
      new DatasetSchema(
          List.of(
              new ColumnSchema("age", ColumnType.NUMERIC),
              new ColumnSchema("city", ColumnType.CATEGORICAL)),
          "label",
          Task.CLASSIFICATION,
          List.of("no", "yes"));

  private static Plan plan(Machine machine, Map<String, String> overrides) {
    return new Planner().plan(TABLE, 1000, overrides, Metric.MACRO_F1, machine);
  }

  private static Candidate family(Plan plan, String family) {
    return plan.candidates().stream().filter(c -> c.family().equals(family)).findFirst().get();
  }

  @Test
  void coresAreSplitSoConcurrentTrialsDoNotFight() {
    Machine machine = new Machine(16, 32 * GIB, false);
    assertThat(machine.parallelTrials(3)).isEqualTo(3);
    assertThat(machine.threadsPerTrial(3)).isEqualTo(5);
    Plan plan = plan(machine, Map.of());
    int trials = machine.parallelTrials(plan.candidates().size());
    assertThat(family(plan, "xgboost").params())
        .containsEntry("nthread", machine.threadsPerTrial(trials));
    // Alone on the machine, XGBoost leaves a core to the JVM.
    assertThat(machine.xgboostThreads(16)).isEqualTo(15);
    assertThat(new Machine(2, GIB, false).xgboostThreads(2)).isEqualTo(1);
    assertThat(new Machine(1, GIB, false).xgboostThreads(1)).isEqualTo(1);
    assertThat(family(plan, "linear").reasons())
        .anyMatch(r -> r.rule().equals("machine") && r.message().contains("16 cores"));
  }

  @Test
  void aTwoCoreMachineRunsTwoTrialsAtOnceWithACoreEach() {
    Machine machine = new Machine(2, 4 * GIB, false);
    assertThat(machine.parallelTrials(3)).isEqualTo(2);
    assertThat(machine.threadsPerTrial(2)).isEqualTo(1);
    assertThat(family(plan(machine, Map.of()), "xgboost").params()).containsEntry("nthread", 1);
    // Alone, a trial has the whole machine.
    assertThat(machine.threadsPerTrial(machine.parallelTrials(1))).isEqualTo(2);
  }

  @Test
  void trialsThatWantMoreThreadsShareTheMachineWithFewer() {
    Machine two = new Machine(2, 4 * GIB, false);
    assertThat(two.parallelTrials(3, 1)).isEqualTo(2);
    assertThat(two.parallelTrials(2, Integer.MAX_VALUE)).isEqualTo(1);
    Machine sixteen = new Machine(16, 32 * GIB, false);
    assertThat(sixteen.parallelTrials(8, 4)).isEqualTo(4);
    assertThat(sixteen.parallelTrials(3, 4)).isEqualTo(3);
    assertThat(sixteen.threadsPerTrial(sixteen.parallelTrials(8, 4))).isEqualTo(4);
  }

  @Test
  void xgboostThreadsFollowTheMachineUnlessTheUserSetThem() {
    Machine machine = new Machine(2, 4 * GIB, false);
    assertThat(family(plan(machine, Map.of("nthread", "2")), "xgboost").params())
        .containsEntry("nthread", 2);
    assertThat(family(plan(machine, Map.of()), "xgboost").params()).containsEntry("nthread", 1);
    assertThatThrownBy(() -> plan(machine, Map.of("nthread", "0")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--set nthread=0");
  }

  @Test
  void neverMoreTrialsThanCandidates() {
    assertThat(new Machine(64, GIB, false).parallelTrials(2)).isEqualTo(2);
    assertThat(new Machine(1, GIB, false).parallelTrials(5)).isEqualTo(1);
  }

  @Test
  void neuralBatchFollowsTheMachineUnlessTheUserSetIt() {
    Plan gpu = plan(new Machine(8, 16 * GIB, true), Map.of());
    Plan cpu = plan(new Machine(8, 16 * GIB, false), Map.of());
    Plan tight = plan(new Machine(8, GIB / 2, false), Map.of());
    Plan fixed = plan(new Machine(8, 16 * GIB, true), Map.of("batch_size", "64"));
    if (gpu.candidates().stream().noneMatch(c -> c.family().equals("mlp"))) {
      return; // the neural module is not on this test's class path
    }
    assertThat(family(gpu, "mlp").params()).containsEntry("batch_size", MachineRule.GPU_BATCH);
    assertThat(family(cpu, "mlp").params()).doesNotContainKey("batch_size");
    assertThat(family(tight, "mlp").params())
        .containsEntry("batch_size", MachineRule.SMALL_HEAP_BATCH);
    assertThat(family(fixed, "mlp").params()).doesNotContainEntry("batch_size", 256);
  }
}
