package dev.autolab.neural.tabular;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.Map;

class MlpClassificationTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new MlpTrainer(Map.of());
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.CLASSIFICATION, 400, 150, 21);
  }

  @Override
  protected double sensibleScore() {
    return 0.85;
  }
}
