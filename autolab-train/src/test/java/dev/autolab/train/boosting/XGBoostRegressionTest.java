package dev.autolab.train.boosting;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.Map;

class XGBoostRegressionTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new XGBoostTrainer(Map.of("max_rounds", 300));
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.REGRESSION, 400, 150, 12);
  }

  /** The target's standard deviation is about 7; a sensible model halves it at least. */
  @Override
  protected double sensibleScore() {
    return 3.0;
  }
}
