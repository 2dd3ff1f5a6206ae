package dev.autolab.cli.train;

import dev.autolab.cli.predict.InputCleaning;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.Json;
import dev.autolab.data.PreparedDataset;
import dev.autolab.eval.Evaluation;
import dev.autolab.train.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the {@code model/} package: the model's own files, its provenance and a short card. The
 * package needs nothing from the run or the training data to predict.
 */
final class ModelPackager {
  private ModelPackager() {}

  static void write(TrainedModel model, Path dir, PreparedDataset dataset, RunRecorder run) {
    model.save(dir);
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("schemaVersion", 1);
    provenance.put("run", run.id().value());
    provenance.put("family", model.family());
    provenance.put("hyperparameters", model.hyperparameters());
    provenance.put("data_fingerprint", dataset.fingerprint());
    provenance.put("split", RunRecorder.asMap(dataset.split()));
    provenance.put("config", run.record().config);
    provenance.put("environment", run.record().provenance);
    Json.write(dir.resolve("provenance.json"), provenance);
    InputCleaning.save(dir, dataset.cleaning());
  }

  /** A first, short model card; the publish stage replaces it with the full one. */
  static void writeCard(Path dir, TrainedModel model, Evaluation evaluation) {
    StringBuilder card = new StringBuilder();
    card.append("---\nlibrary_name: autolab\ntags:\n- autolab\n- ")
        .append(model.family())
        .append("\n---\n\n# ")
        .append(model.schema().target())
        .append(" ")
        .append(model.schema().task().id())
        .append(" model\n\n")
        .append("Family: `")
        .append(model.family())
        .append("`. Inputs: ")
        .append(model.schema().features().size())
        .append(" columns. Classes: ")
        .append(model.schema().classes().isEmpty() ? "-" : model.schema().classes())
        .append(".\n\n## Test metrics (")
        .append(evaluation.n())
        .append(" rows)\n\n```json\n")
        .append(Json.line(evaluation.metrics()))
        .append("\n```\n\n## Usage\n\n```bash\n./autolab predict ")
        .append("path/to/model input.csv --out predictions.jsonl\n```\n");
    try {
      Files.writeString(dir.resolve("README.md"), card, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model card in " + dir, e);
    }
  }
}
