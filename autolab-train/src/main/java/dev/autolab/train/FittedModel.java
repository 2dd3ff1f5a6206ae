package dev.autolab.train;

import dev.autolab.core.DatasetSchema;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every fitted model shares: its family, the schema it reads and the hyperparameters that
 * reproduce it, and the {@code model.json} manifest that records them.
 */
public abstract class FittedModel implements TrainedModel {
  private final String family;
  private final DatasetSchema schema;
  private final Map<String, Object> hyperparameters;

  protected FittedModel(String family, DatasetSchema schema, Map<String, Object> hyperparameters) {
    this.family = Objects.requireNonNull(family, "family");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
  }

  @Override
  public final String family() {
    return family;
  }

  @Override
  public final DatasetSchema schema() {
    return schema;
  }

  @Override
  public final Map<String, Object> hyperparameters() {
    return hyperparameters;
  }

  /** Writes {@code model.json} into {@code modelDir}; subclasses then write their own files. */
  protected final void writeManifest(Path modelDir) {
    ModelManifest.of(family, schema, hyperparameters).write(modelDir);
  }
}
