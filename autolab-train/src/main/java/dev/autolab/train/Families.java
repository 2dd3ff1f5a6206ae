package dev.autolab.train;

import dev.autolab.core.BadInputException;
import dev.autolab.train.boosting.XGBoostModel;
import dev.autolab.train.boosting.XGBoostTrainer;
import dev.autolab.train.linear.LinearModel;
import dev.autolab.train.linear.LinearTrainer;
import dev.autolab.train.model.ModelManifest;
import dev.autolab.train.text.TfidfLinearModel;
import dev.autolab.train.text.TfidfLinearTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The model families this module trains, by their contract names. */
public final class Families {
  public static final String TFIDF_LINEAR = TfidfLinearTrainer.FAMILY;
  public static final String XGBOOST = XGBoostTrainer.FAMILY;
  public static final String LINEAR = LinearTrainer.FAMILY;

  private Families() {}

  /** Every family name, in the order they are listed to users. */
  public static List<String> names() {
    return List.of(TFIDF_LINEAR, XGBOOST, LINEAR);
  }

  /** The trainer of {@code family} with the given parameters. */
  public static Trainer trainer(String family, Map<String, Object> params) {
    return switch (family) {
      case TfidfLinearTrainer.FAMILY -> new TfidfLinearTrainer(params);
      case XGBoostTrainer.FAMILY -> new XGBoostTrainer(params);
      case LinearTrainer.FAMILY -> new LinearTrainer(params);
      default -> throw unknown(family);
    };
  }

  /** Reads a model of the manifest's family from its directory. */
  static TrainedModel load(ModelManifest manifest, Path modelDir) {
    return switch (manifest.family()) {
      case TfidfLinearTrainer.FAMILY -> TfidfLinearModel.load(manifest, modelDir);
      case XGBoostTrainer.FAMILY -> XGBoostModel.load(manifest, modelDir);
      case LinearTrainer.FAMILY -> LinearModel.load(manifest, modelDir);
      default -> throw unknown(manifest.family());
    };
  }

  /** The error for a family name this build does not know, listing the ones it does. */
  public static BadInputException unknown(String family) {
    return new BadInputException(
        "unknown model family '" + family + "': use one of " + String.join(", ", names()));
  }
}
