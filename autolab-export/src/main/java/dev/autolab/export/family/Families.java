package dev.autolab.export.family;

import dev.autolab.core.BadInputException;
import dev.autolab.neural.image.CnnModel;
import dev.autolab.neural.tabular.MlpModel;
import dev.autolab.neural.text.MiniLmMlpModel;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.boosting.XGBoostModel;
import dev.autolab.train.decision.DecidedModel;
import dev.autolab.train.ensemble.EnsembleModel;
import dev.autolab.train.linear.LinearModel;
import dev.autolab.train.text.TfidfLinearModel;

/** Picks the graph writer of a loaded model's family. */
public final class Families {
  private Families() {}

  /** The fp32 graph of {@code model}, decision weights of a revised round included. */
  public static Exported export(TrainedModel model) {
    double[] weights = null;
    TrainedModel inner = model;
    if (model instanceof DecidedModel decided) {
      weights = decided.weights();
      inner = decided.inner();
    }
    if (inner instanceof TfidfLinearModel m) {
      return LinearGraphs.tfidf(m, weights);
    } else if (inner instanceof LinearModel m) {
      return LinearGraphs.tabular(m, weights);
    } else if (inner instanceof XGBoostModel m) {
      return TreeGraphs.export(m, weights);
    } else if (inner instanceof MlpModel m) {
      return NeuralGraphs.tabular(m, weights);
    } else if (inner instanceof CnnModel m) {
      return NeuralGraphs.cnn(m, weights);
    } else if (inner instanceof MiniLmMlpModel m) {
      return MiniLmGraphs.export(m, weights);
    } else if (inner instanceof EnsembleModel m) {
      return EnsembleGraphs.export(m, weights);
    }
    throw new BadInputException("no ONNX export for the " + model.family() + " family yet");
  }

  /** Bytes of a file a family ships beside its graph that the run's model folder lacks. */
  public static byte[] sideFile(String name) {
    return name.equals(MiniLmGraphs.TOKENIZER_FILE) ? MiniLmGraphs.tokenizerBytes() : null;
  }
}
