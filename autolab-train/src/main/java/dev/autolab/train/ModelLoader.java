package dev.autolab.train;

import dev.autolab.core.BadInputException;
import dev.autolab.train.decision.DecidedModel;
import dev.autolab.train.model.ModelManifest;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads a model directory written by {@link TrainedModel#save}. */
public final class ModelLoader {
  private ModelLoader() {}

  /**
   * The model saved in {@code modelDir}.
   *
   * @throws BadInputException when the directory holds no model, a newer format, an unknown family,
   *     or misses one of its family's files
   */
  public static TrainedModel load(Path modelDir) {
    ModelManifest manifest = ModelManifest.read(modelDir);
    try {
      // A decision.json beside the model reweights its classes (a revised round's tuning).
      return DecidedModel.wrapIfPresent(Families.load(manifest, modelDir), modelDir);
    } catch (UncheckedIOException e) {
      throw new BadInputException(
          modelDir + " is an incomplete " + manifest.family() + " model: " + e.getMessage(), e);
    }
  }
}
