package dev.autolab.neural.tabular;

import dev.autolab.core.Task;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.util.Map;

class MlpRegressionTest extends TrainerContractTest {
  @Override
  protected Trainer trainer() {
    return new MlpTrainer(Map.of());
  }

  @Override
  protected TrainingData data() {
    return SyntheticData.table(Task.REGRESSION, 400, 150, 22);
  }

  /**
   * RMSE: the target (sd about 7) is linear in the features plus noise of sd 0.9, so ridge reaches
   * about 1; a network learning that line from 400 rows should stay well under 2.
   */
  @Override
  protected double sensibleScore() {
    return 2.0;
  }
}
