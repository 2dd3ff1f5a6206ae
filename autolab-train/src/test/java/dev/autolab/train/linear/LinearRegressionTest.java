package dev.autolab.train.linear;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.Map;

class LinearRegressionTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new LinearTrainer(Map.of());
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.REGRESSION, 300, 120, 22);
  }

  /** The target is linear in the features plus noise of sd 0.9 and a few missing x1 values. */
  @Override
  protected double sensibleScore() {
    return 1.5;
  }
}
