package dev.autolab.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.export.ExportVariant;
import dev.autolab.export.Exports;
import dev.autolab.export.Parity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export stage's card section: a Python program for each kind of graph input that compiles. */
class ModelCardSectionTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"features", "pixels", "input_ids", "m0/features"})
  void thePythonExampleFeedsTheGraphsInputAndByteCompiles(String input) throws Exception {
    ExportVariant fp32 =
        new ExportVariant(
            "fp32",
            "onnx",
            "fp32",
            "model.fp32.onnx",
            2048L,
            Map.of("macro_f1", 0.9),
            0.0,
            Map.of("p50", 0.1, "p95", 0.2),
            1000.0,
            null,
            new Parity(64, 1e-7, Parity.FP32_TOLERANCE, 1.0, true),
            null);
    Exports exports =
        new Exports(
            Exports.SCHEMA_VERSION,
            "mlp",
            "macro_f1",
            0.9,
            "columns encoded as encoder.json describes",
            List.of(input),
            List.of(),
            List.of(fp32),
            "fp32",
            Exports.RULE);
    String section = ModelCardSection.section(exports);
    int from = section.indexOf("```python\n") + "```python\n".length();
    String python = section.substring(from, section.indexOf("```", from));
    assertThat(python)
        .contains("ort.InferenceSession(\"model.fp32.onnx\"", "feed = {")
        .contains("session.run(None, feed)");
    if (input.contains("/")) {
      // An ensemble's inputs are named per member: each is made from the graph's own list.
      assertThat(python).contains("for meta in session.get_inputs()", "columns encoded as");
    } else {
      assertThat(python).contains("\"" + input + "\"");
    }

    Path file = Files.writeString(tmp.resolve("predict.py"), python);
    Process p = new ProcessBuilder("python3", "-m", "py_compile", file.toString()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
  }
}
