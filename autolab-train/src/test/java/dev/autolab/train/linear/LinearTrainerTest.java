package dev.autolab.train.linear;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.Map;

class LinearTrainerTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new LinearTrainer(Map.of());
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.CLASSIFICATION, 300, 120, 21);
  }

  @Override
  protected double sensibleScore() {
    return 0.85;
  }
}
