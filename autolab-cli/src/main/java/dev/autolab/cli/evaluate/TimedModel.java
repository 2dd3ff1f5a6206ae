package dev.autolab.cli.evaluate;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model that adds up the time spent in its predictions, so evaluation can report its own cost
 * apart from the model's.
 */
final class TimedModel implements TrainedModel {
  private final TrainedModel inner;
  private final AtomicLong nanos = new AtomicLong();

  TimedModel(TrainedModel inner) {
    this.inner = inner;
  }

  double seconds() {
    return nanos.get() / 1e9;
  }

  @Override
  public String family() {
    return inner.family();
  }

  @Override
  public DatasetSchema schema() {
    return inner.schema();
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return inner.hyperparameters();
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    long start = System.nanoTime();
    try {
      return inner.predict(rows);
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  @Override
  public void save(Path modelDir) {
    inner.save(modelDir);
  }
}
