package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.registry.RunFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The usage examples of a card: the command line, Java through Autolab's model loader, and Python
 * through onnxruntime when the package holds an ONNX file. Each example predicts one real test row
 * of the run, so that running it shows a real answer.
 */
public final class UsageSnippets {
  /** Java class name of the example, so that a test can compile and run it as written. */
  public static final String JAVA_CLASS = "PredictExample";

  /** Long texts are cut in the examples so that the card stays readable. */
  private static final int MAX_VALUE_CHARS = 300;

  /**
   * Python lines that turn a text's token {@code ids} into the two rows the merged MiniLM graph
   * reads (its first and last 256 tokens, each closed by the specials), as {@code windows}.
   */
  public static final String PYTHON_WINDOWS =
      "# Two rows per text: its first 256 tokens and its last 256, each [CLS] ... [SEP].\n"
          + "if len(ids) > 256:\n"
          + "    windows = [ids[:255] + ids[-1:], ids[:1] + ids[-255:]]\n"
          + "else:\n"
          + "    windows = [ids, ids]\n";

  private UsageSnippets() {}

  /** The first {@code .onnx} file of a package (its name), or {@code null}. */
  public static String onnxFile(Path modelDir) {
    if (!Files.isDirectory(modelDir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(modelDir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".onnx"))
          .sorted()
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + modelDir, e);
    }
  }

  /** One test row of the run, its features only, values cut to a readable length. */
  public static Map<String, String> exampleRow(RunFolder run) {
    Map<String, String> row = new LinkedHashMap<>();
    Path test = run.dir().resolve("data/splits/test.jsonl");
    JsonNode first = null;
    if (Files.isRegularFile(test)) {
      try (BufferedReader reader = Files.newBufferedReader(test, StandardCharsets.UTF_8)) {
        String line = reader.readLine();
        first = line == null ? null : Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + test, e);
      }
    }
    for (JsonNode feature : run.model().at("/schema/features")) {
      String name = feature.path("name").asText();
      JsonNode value = first == null ? null : first.get(name);
      String text = value == null || value.isNull() ? null : value.asText();
      if (text != null && text.length() > MAX_VALUE_CHARS) {
        text = text.substring(0, MAX_VALUE_CHARS);
      }
      row.put(name, text);
    }
    return row;
  }

  public static String cli() {
    return "./autolab predict path/to/model rows.csv --out predictions.jsonl\n";
  }

  /** A complete Java program: load the package, predict one row, print label and probabilities. */
  public static String java(RunFolder run) {
    StringBuilder code = new StringBuilder();
    code.append("import dev.autolab.core.Row;\n")
        .append("import dev.autolab.train.ModelLoader;\n")
        .append("import dev.autolab.train.Prediction;\n")
        .append("import dev.autolab.train.TrainedModel;\n")
        .append("import java.nio.file.Path;\n")
        .append("import java.util.Arrays;\n")
        .append("import java.util.HashMap;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n\n")
        .append("public class ")
        .append(JAVA_CLASS)
        .append(" {\n")
        .append("  public static void main(String[] args) {\n")
        .append("    // The folder of this card: model.json and the model's files.\n")
        .append(
            "    TrainedModel model = ModelLoader.load(Path.of(args.length > 0 ? args[0] : \".\"));\n")
        .append("    Map<String, String> values = new HashMap<>();\n");
    for (Map.Entry<String, String> e : exampleRow(run).entrySet()) {
      code.append("    values.put(")
          .append(javaString(e.getKey()))
          .append(", ")
          .append(e.getValue() == null ? "null" : javaString(e.getValue()))
          .append(");\n");
    }
    code.append(
            "    Prediction p = model.predict(List.of(new Row(\"example\", 1, values))).get(0);\n")
        .append(
            "    System.out.println(p.label() != null ? p.label() : String.valueOf(p.value()));\n")
        .append("    if (p.probabilities() != null) {\n")
        .append("      System.out.println(Arrays.toString(p.probabilities()));\n")
        .append("    }\n")
        .append("  }\n")
        .append("}\n");
    return code.toString();
  }

  /**
   * A Python program for onnxruntime, or {@code null} when the package has no ONNX file. Each input
   * of the graph is fed the example row's value of the column it is named after.
   */
  public static String python(RunFolder run) {
    String onnx = recommendedOnnx(run);
    if (onnx == null) {
      return null;
    }
    List<String> inputs = new ArrayList<>();
    run.exports().path("inputs").forEach(i -> inputs.add(i.asText()));
    return python(
        onnx,
        inputs,
        run.exports().path("preprocessing").asText("see exports.json"),
        exampleRow(run));
  }

  /**
   * A Python program that runs {@code onnxFile} from the package folder with onnxruntime and prints
   * each output. The feed follows the graph's {@code inputs}: token ids cut into windows, {@code
   * pixels}, the encoded {@code features} vector (made as {@code preprocessing} says), or else one
   * tensor per column with {@code row}'s value; the row's longest value is the text that a token-id
   * example encodes.
   */
  public static String python(
      String onnxFile, List<String> inputs, String preprocessing, Map<String, String> row) {
    StringBuilder code = new StringBuilder();
    code.append("import numpy as np\nimport onnxruntime as ort\n\n")
        .append("session = ort.InferenceSession(")
        .append(pyString(onnxFile))
        .append(", providers=[\"CPUExecutionProvider\"])\n");
    if (inputs.stream().anyMatch(i -> i.matches("m\\d+/.+"))) {
      // An ensemble: each member's inputs, prefixed with its number, prepared as that member's.
      code.append("# Before the graph: ")
          .append(preprocessing.replace('\n', ' '))
          .append(".\n")
          .append("# Zeros of each input's shape and type below: fill each as described above.\n")
          .append("feed = {}\n")
          .append("for meta in session.get_inputs():\n")
          .append("    shape = [d if isinstance(d, int) else 1 for d in meta.shape]\n")
          .append("    kind = np.int64 if meta.type == \"tensor(int64)\" else np.float32\n")
          .append("    feed[meta.name] = np.zeros(shape, dtype=kind)\n");
    } else if (inputs.contains("input_ids")) {
      // The merged encoder and head take token ids; tokenizer.json ships beside the graph.
      code.append("from tokenizers import Tokenizer\n\n")
          .append("tokenizer = Tokenizer.from_file(\"tokenizer.json\")\n")
          .append("tokenizer.no_truncation()\n")
          .append("tokenizer.no_padding()\n")
          .append("ids = tokenizer.encode(")
          .append(pyString(longestValue(row)))
          .append(").ids\n")
          .append(PYTHON_WINDOWS)
          .append("feed = {\n")
          .append("    \"input_ids\": np.array(windows, dtype=np.int64),\n")
          .append("    \"attention_mask\": np.ones((2, len(windows[0])), dtype=np.int64),\n")
          .append("}\n");
    } else if (inputs.contains("pixels")) {
      code.append("from PIL import Image\n\n")
          .append("image = np.asarray(Image.open(\"image.png\"), dtype=np.float32) / 255.0\n")
          .append("# Grey images as (1, 1, H, W); RGB ones transposed to (1, 3, H, W).\n")
          .append("feed = {\"pixels\": image.reshape(1, 1, *image.shape)}\n");
    } else if (inputs.contains("features")) {
      code.append("# Before the graph: ")
          .append(preprocessing.replace('\n', ' '))
          .append(".\n")
          .append("width = session.get_inputs()[0].shape[1]\n")
          .append("features = np.zeros((1, width), dtype=np.float32)  # fill as described above\n")
          .append("feed = {\"features\": features}\n");
    } else {
      code.append("row = {\n");
      for (Map.Entry<String, String> e : row.entrySet()) {
        code.append("    ")
            .append(pyString(e.getKey()))
            .append(": ")
            .append(e.getValue() == null ? "None" : pyString(e.getValue()))
            .append(",\n");
      }
      code.append("}\n\n\n")
          .append("def tensor(meta, value):\n")
          .append("    if meta.type == \"tensor(string)\":\n")
          .append(
              "        return np.array([[\"\" if value is None else str(value)]], dtype=object)\n")
          .append(
              "    return np.array([[float(\"nan\") if value is None else float(value)]],"
                  + " dtype=np.float32)\n\n\n")
          .append("feed = {i.name: tensor(i, row.get(i.name)) for i in session.get_inputs()}\n");
    }
    code.append("for meta, value in zip(session.get_outputs(), session.run(None, feed)):\n")
        .append("    print(meta.name, value)\n");
    return code.toString();
  }

  /** The export stage's recommended file where it is in the package, else the first ONNX file. */
  private static String recommendedOnnx(RunFolder run) {
    String recommended = run.exports().path("recommended").asText(null);
    for (JsonNode variant : run.exports().path("variants")) {
      String file = variant.path("file").asText("");
      if (variant.path("name").asText("").equals(recommended)
          && file.endsWith(".onnx")
          && Files.isRegularFile(run.modelDir().resolve(file))) {
        return file;
      }
    }
    return onnxFile(run.modelDir());
  }

  /** The text of an example row (its longest value: the text column), for the tokenizer. */
  private static String longestValue(Map<String, String> row) {
    return row.values().stream()
        .filter(v -> v != null && !v.isBlank())
        .max(java.util.Comparator.comparingInt(String::length))
        .orElse("text to classify");
  }

  private static String javaString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String pyString(String s) {
    // JSON string escapes are valid Python string escapes.
    return Json.line(s);
  }
}
