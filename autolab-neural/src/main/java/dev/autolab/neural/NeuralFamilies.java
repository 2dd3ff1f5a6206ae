package dev.autolab.neural;

import dev.autolab.core.BadInputException;
import dev.autolab.neural.image.CnnModel;
import dev.autolab.neural.image.CnnTrainer;
import dev.autolab.neural.tabular.MlpModel;
import dev.autolab.neural.tabular.MlpTrainer;
import dev.autolab.neural.text.MiniLmMlpModel;
import dev.autolab.neural.text.MiniLmMlpTrainer;
import dev.autolab.train.FamilyProvider;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The neural families, offered to {@link dev.autolab.train.Families} through its service. */
public final class NeuralFamilies implements FamilyProvider {
  @Override
  public List<String> names() {
    return List.of(MlpTrainer.FAMILY, CnnTrainer.FAMILY, MiniLmMlpTrainer.FAMILY);
  }

  @Override
  public Trainer trainer(String family, Map<String, Object> params) {
    if (family.equals(MlpTrainer.FAMILY)) {
      return new MlpTrainer(params);
    }
    if (family.equals(CnnTrainer.FAMILY)) {
      return new CnnTrainer(params);
    }
    if (family.equals(MiniLmMlpTrainer.FAMILY)) {
      return new MiniLmMlpTrainer(params);
    }
    throw new BadInputException("not a neural family: " + family);
  }

  @Override
  public TrainedModel load(ModelManifest manifest, Path modelDir) {
    if (manifest.family().equals(MlpTrainer.FAMILY)) {
      return MlpModel.load(manifest, modelDir);
    }
    if (manifest.family().equals(CnnTrainer.FAMILY)) {
      return CnnModel.load(manifest, modelDir);
    }
    if (manifest.family().equals(MiniLmMlpTrainer.FAMILY)) {
      return MiniLmMlpModel.load(manifest, modelDir);
    }
    throw new BadInputException("not a neural family: " + manifest.family());
  }
}
