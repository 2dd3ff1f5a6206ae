package dev.autolab.neural.text;

import dev.autolab.train.SyntheticData;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class MiniLmMlpClassificationTest extends TrainerContractTest {
  @TempDir static Path cacheDir;

  @Override
  protected Trainer trainer() {
    return new MiniLmMlpTrainer(
        Map.of(),
        new EmbeddingCache(
            MiniLmEncoder::headTail,
            MiniLmEncoder.headTailId(),
            2 * MiniLmEncoder.DIMENSION,
            cacheDir,
            EmbeddingCache.MIN_TEXTS));
  }

  /** 200 short texts on three topics, so that the real encoder stays quick. */
  @Override
  protected TrainingData data() {
    return SyntheticData.text(3, 150, 50, 5);
  }

  @Override
  protected double sensibleScore() {
    return 0.8;
  }
}
