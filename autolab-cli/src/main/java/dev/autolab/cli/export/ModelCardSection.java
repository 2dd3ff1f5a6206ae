package dev.autolab.cli.export;

import dev.autolab.export.Exports;
import dev.autolab.registry.card.UsageSnippets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The card's ONNX section: the comparison table and how to run the recommended file from Python's
 * onnxruntime with only the files in {@code model/}. A new export replaces the previous section.
 */
final class ModelCardSection {
  static final String HEADING = "## ONNX export";

  private ModelCardSection() {}

  static void write(Path modelDir, Exports exports) {
    Path card = modelDir.resolve("README.md");
    try {
      String text = Files.exists(card) ? Files.readString(card, StandardCharsets.UTF_8) : "";
      int at = text.indexOf(HEADING);
      if (at >= 0) {
        text = text.substring(0, at);
      }
      Files.writeString(card, text + section(exports), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model card in " + modelDir, e);
    }
  }

  static String section(Exports exports) {
    String file =
        exports.variants().stream()
            .filter(v -> v.name().equals(exports.recommended()))
            .map(v -> v.file())
            .findFirst()
            .orElse("model.onnx");
    StringBuilder s = new StringBuilder();
    s.append(HEADING).append("\n\n```\n").append(ExportTable.render(exports)).append("```\n\n");
    s.append("Inputs: ")
        .append(String.join(", ", exports.inputs()))
        .append(". Before the graph: ")
        .append(exports.preprocessing())
        .append(
            ".\n\nWith Python's onnxruntime (`pip install onnxruntime`), from this folder:\n\n");
    s.append("```python\nimport numpy as np, onnxruntime as ort\n")
        .append("session = ort.InferenceSession(\"")
        .append(file)
        .append("\")\n");
    if (exports.inputs().contains("input_ids")) {
      s.append("from tokenizers import Tokenizer\n")
          .append("tok = Tokenizer.from_file(\"tokenizer.json\")\n")
          .append("tok.no_truncation()\n")
          .append("tok.no_padding()\n")
          .append("ids = tok.encode(\"text to classify\").ids\n")
          .append(UsageSnippets.PYTHON_WINDOWS)
          .append("feed = {\"input_ids\": np.array(windows, dtype=np.int64),\n")
          .append("        \"attention_mask\": np.ones((2, len(windows[0])), dtype=np.int64)}\n");
    } else if (exports.inputs().contains("pixels")) {
      s.append("from PIL import Image\n")
          .append("img = np.asarray(Image.open(\"image.png\"), dtype=np.float32) / 255.0\n")
          .append("feed = {\"pixels\": img.reshape(1, 1, *img.shape)}  # gray; RGB: transpose to")
          .append(" (1, 3, H, W)\n");
    } else {
      s.append("features = np.zeros((1, session.get_inputs()[0].shape[1]), dtype=np.float32)")
          .append("  # fill as described above\n")
          .append("feed = {\"features\": features}\n");
    }
    s.append("probabilities = session.run(None, feed)[0]\n```\n");
    return s.toString();
  }
}
