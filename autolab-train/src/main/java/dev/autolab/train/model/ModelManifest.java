package dev.autolab.train.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a model directory's {@code model.json}: which family wrote it, the schema it reads
 * and predicts, and its hyperparameters. The family's own files sit beside it.
 *
 * @param schemaVersion format version
 * @param family the model family
 * @param schema feature columns, target, task and classes
 * @param hyperparameters every setting, including those chosen on validation
 */
@JsonPropertyOrder({"schemaVersion", "family", "schema", "hyperparameters"})
public record ModelManifest(
    int schemaVersion, String family, DatasetSchema schema, Map<String, Object> hyperparameters) {
  public static final int SCHEMA_VERSION = 1;
  public static final String FILE = "model.json";

  public ModelManifest {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(schema, "schema");
    hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
  }

  public static ModelManifest of(
      String family, DatasetSchema schema, Map<String, Object> hyperparameters) {
    return new ModelManifest(SCHEMA_VERSION, family, schema, hyperparameters);
  }

  /** Writes {@code model.json} into {@code modelDir}, creating it. */
  public void write(Path modelDir) {
    Json.write(modelDir.resolve(FILE), this);
  }

  /** Reads {@code model.json}; a directory without one, or a newer format, is bad input. */
  public static ModelManifest read(Path modelDir) {
    Path file = modelDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          modelDir
              + " is not a model directory: it has no "
              + FILE
              + "; pass the model/ folder of a run");
    }
    ModelManifest manifest;
    try {
      manifest = Json.mapper().readValue(file.toFile(), ModelManifest.class);
    } catch (IOException e) {
      throw new BadInputException(file + " is not a readable model manifest: " + e.getMessage(), e);
    }
    if (manifest.schemaVersion() != SCHEMA_VERSION) {
      throw new BadInputException(
          file
              + " has schemaVersion "
              + manifest.schemaVersion()
              + "; this build reads "
              + SCHEMA_VERSION);
    }
    return manifest;
  }
}
