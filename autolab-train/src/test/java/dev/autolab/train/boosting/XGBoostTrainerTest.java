package dev.autolab.train.boosting;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.List;
import java.util.Map;

class XGBoostTrainerTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new XGBoostTrainer(Map.of("max_depths", List.of(2, 3), "max_rounds", 200));
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.CLASSIFICATION, 400, 150, 11);
  }

  @Override
  protected double sensibleScore() {
    return 0.85;
  }
}
