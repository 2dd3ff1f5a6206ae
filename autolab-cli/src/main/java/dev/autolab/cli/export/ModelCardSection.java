package dev.autolab.cli.export;

import dev.autolab.export.Exports;
import dev.autolab.registry.card.UsageSnippets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The card's ONNX section: the comparison table and how to run the recommended file from Python's
 * onnxruntime with only the files in {@code model/} (the same program as the published card's). A
 * new export replaces the previous section.
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
    // No example row at this stage: a token-id example encodes a placeholder text.
    s.append("```python\n")
        .append(UsageSnippets.python(file, exports.inputs(), exports.preprocessing(), Map.of()))
        .append("```\n");
    return s.toString();
  }
}
