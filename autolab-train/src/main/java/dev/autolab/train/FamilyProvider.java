package dev.autolab.train;

import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Model families from another module, found with {@link java.util.ServiceLoader} (listed in {@code
 * META-INF/services/dev.autolab.train.FamilyProvider}): a module with native engines (the neural
 * networks) joins {@link Families} by being on the class path, without this module depending on it.
 */
public interface FamilyProvider {
  /** The family names this provider trains, each a contract name such as {@code mlp}. */
  List<String> names();

  /** The trainer of one of {@link #names()}. */
  Trainer trainer(String family, Map<String, Object> params);

  /** Reads a model of one of {@link #names()} from its directory. */
  TrainedModel load(ModelManifest manifest, Path modelDir);
}
