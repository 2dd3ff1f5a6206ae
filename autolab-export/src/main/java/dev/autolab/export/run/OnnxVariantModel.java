package dev.autolab.export.run;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.export.Format;
import dev.autolab.export.family.Families;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged model answered by one of its exported ONNX variants in ONNX Runtime: the source model
 * prepares the inputs (its pre-processing), the variant's graph computes the answer. This is what
 * {@code autolab predict --variant NAME} runs.
 */
public final class OnnxVariantModel implements TrainedModel {
  private final TrainedModel source;
  private final OnnxSession session;
  private final String variant;

  private OnnxVariantModel(TrainedModel source, OnnxSession session, String variant) {
    this.source = source;
    this.session = session;
    this.variant = variant;
  }

  /** The variant {@code name} of {@code source}, whose package is {@code modelDir}. */
  public static OnnxVariantModel open(TrainedModel source, Path modelDir, String name) {
    Format format = Format.byId(name);
    if (format == null) {
      throw new BadInputException(
          "unknown variant '" + name + "': use fp32, fp32-optimized, int8, int8-static or int4");
    }
    Path file = modelDir.resolve(format.file());
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          modelDir
              + " has no "
              + format.file()
              + ": run `autolab export "
              + modelDir
              + " --formats "
              + name
              + "` first");
    }
    return new OnnxVariantModel(
        source, new OnnxSession(file, Families.export(source).feeder()), name);
  }

  @Override
  public String family() {
    return source.family();
  }

  @Override
  public DatasetSchema schema() {
    return source.schema();
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("variant", variant);
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    float[][] outputs = session.run(rows);
    List<Prediction> predictions = new ArrayList<>(rows.size());
    for (float[] out : outputs) {
      if (schema().task() == Task.REGRESSION) {
        predictions.add(Prediction.ofValue(out[0]));
      } else {
        double[] p = new double[out.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
          p[k] = out[k];
          sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
          p[k] /= sum; // float32 softmax sums to 1 within 1e-7; exact in double for the output
        }
        predictions.add(Prediction.ofClass(schema().classes(), p));
      }
    }
    return predictions;
  }

  @Override
  public void save(Path modelDir) {
    throw new UnsupportedOperationException("an ONNX variant is saved by autolab export");
  }
}
