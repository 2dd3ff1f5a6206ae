package dev.autolab.train;

import dev.autolab.core.BadInputException;
import dev.autolab.train.boosting.XGBoostModel;
import dev.autolab.train.boosting.XGBoostTrainer;
import dev.autolab.train.ensemble.EnsembleModel;
import dev.autolab.train.ensemble.EnsembleTrainer;
import dev.autolab.train.linear.LinearModel;
import dev.autolab.train.linear.LinearTrainer;
import dev.autolab.train.model.ModelManifest;
import dev.autolab.train.text.TfidfLinearModel;
import dev.autolab.train.text.TfidfLinearTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The model families Autolab trains, by their contract names: this module's own, then those of
 * every {@link FamilyProvider} on the class path.
 */
public final class Families {
  public static final String TFIDF_LINEAR = TfidfLinearTrainer.FAMILY;
  public static final String XGBOOST = XGBoostTrainer.FAMILY;
  public static final String LINEAR = LinearTrainer.FAMILY;

  private Families() {}

  /** Every family name, in the order they are listed to users. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of(TFIDF_LINEAR, XGBOOST, LINEAR));
    Providers.ALL.forEach(p -> names.addAll(p.names()));
    return List.copyOf(names);
  }

  /** Providers are looked up once, on first use. */
  private static final class Providers {
    static final List<FamilyProvider> ALL =
        ServiceLoader.load(FamilyProvider.class).stream().map(ServiceLoader.Provider::get).toList();
  }

  private static FamilyProvider provider(String family) {
    return Providers.ALL.stream()
        .filter(p -> p.names().contains(family))
        .findFirst()
        .orElseThrow(() -> unknown(family));
  }

  /** The trainer of {@code family} with the given parameters. */
  public static Trainer trainer(String family, Map<String, Object> params) {
    return switch (family) {
      case TfidfLinearTrainer.FAMILY -> new TfidfLinearTrainer(params);
      case XGBoostTrainer.FAMILY -> new XGBoostTrainer(params);
      case LinearTrainer.FAMILY -> new LinearTrainer(params);
      case EnsembleModel.FAMILY -> new EnsembleTrainer(params);
      default -> provider(family).trainer(family, params);
    };
  }

  /** Reads a model of the manifest's family from its directory. */
  static TrainedModel load(ModelManifest manifest, Path modelDir) {
    return switch (manifest.family()) {
      case TfidfLinearTrainer.FAMILY -> TfidfLinearModel.load(manifest, modelDir);
      case XGBoostTrainer.FAMILY -> XGBoostModel.load(manifest, modelDir);
      case LinearTrainer.FAMILY -> LinearModel.load(manifest, modelDir);
      case EnsembleModel.FAMILY -> EnsembleModel.load(manifest, modelDir);
      default -> provider(manifest.family()).load(manifest, modelDir);
    };
  }

  /** The error for a family name this build does not know, listing the ones it does. */
  public static BadInputException unknown(String family) {
    return new BadInputException(
        "unknown model family '" + family + "': use one of " + String.join(", ", names()));
  }
}
