package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.registry.RunFolder;
import dev.autolab.registry.card.ModelCard;
import dev.autolab.registry.card.ModelIndexValidator;
import dev.autolab.registry.card.UsageSnippets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card a publish writes for a trained run: valid model-index metadata whose metrics are
 * evaluation.json's, and usage examples that run (Java: compiled and run in a child JVM; Python:
 * byte-compiled, as onnxruntime is not installed here).
 */
@ExtendWith(PublishFixtures.Shared.class)
class ModelCardTest {
  @TempDir Path tmp;

  private static RunFolder publishedRun(PublishFixtures runs, Path home) throws Exception {
    CliRunner.Result r =
        new CliRunner(home).run("publish", runs.good1.toString(), "--name", "penguins");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return RunFolder.read(runs.good1);
  }

  @Test
  void cardValidatesAndItsModelIndexHoldsTheEvaluationMetrics(PublishFixtures runs)
      throws Exception {
    RunFolder run = publishedRun(runs, tmp);
    String card = Files.readString(run.modelDir().resolve("README.md"), StandardCharsets.UTF_8);
    JsonNode meta = ModelCard.frontMatter(card);
    assertThat(ModelIndexValidator.validate(meta)).isEmpty();
    assertThat(meta.path("pipeline_tag").asText()).isEqualTo("tabular-classification");

    JsonNode metrics = meta.at("/model-index/0/results/0/metrics");
    JsonNode expected = run.evaluation().path("metrics");
    List<String> seen = new ArrayList<>();
    for (JsonNode m : metrics) {
      String name = m.path("name").asText();
      assertThat(m.path("value").doubleValue())
          .as(name)
          .isEqualTo(expected.path(name).doubleValue());
      seen.add(name);
    }
    List<String> numeric = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      if (e.getValue().isNumber()) {
        numeric.add(e.getKey());
      }
    }
    assertThat(seen).containsExactlyElementsOf(numeric);

    // Training exported the model (fp32 and int8 by default): the card has the comparison.
    JsonNode exports = Json.mapper().readTree(run.dir().resolve("exports.json").toFile());
    assertThat(card)
        .contains("## Limitations", "## Quantization comparison")
        .contains("Recommended: `" + exports.get("recommended").asText() + "`")
        .doesNotContain("no `exports.json`", "the package has no ONNX file");
    for (JsonNode variant : exports.get("variants")) {
      assertThat(card).contains("| " + variant.get("name").asText() + " |");
    }
    assertThat(run.modelDir().resolve("config.json")).exists();
    assertThat(Json.mapper().readTree(run.modelDir().resolve("labels.json").toFile())).hasSize(3);
  }

  @Test
  void javaUsageExampleCompilesAndPredictsAClass(PublishFixtures runs) throws Exception {
    RunFolder run = publishedRun(runs, tmp);
    String card = Files.readString(run.modelDir().resolve("README.md"), StandardCharsets.UTF_8);
    String java = block(card, "java");
    Path source = tmp.resolve(UsageSnippets.JAVA_CLASS + ".java");
    Files.writeString(source, java);
    String classpath = System.getProperty("java.class.path");
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-cp", classpath, "-d", tmp.toString(), source.toString());
    assertThat(compiled).isZero();
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                tmp + File.pathSeparator + classpath,
                UsageSnippets.JAVA_CLASS,
                run.modelDir().toString())
            .redirectErrorStream(false)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    String[] lines = out.strip().split("\n");
    assertThat(PublishFixtures.CLASSES).contains(lines[0].strip());
    double sum =
        Arrays.stream(lines[1].replaceAll("[\\[\\]]", "").split(","))
            .mapToDouble(s -> Double.parseDouble(s.strip()))
            .sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void pythonOnnxExampleIsWrittenWhenThePackageHasAnOnnxFileAndByteCompiles(PublishFixtures runs)
      throws Exception {
    Path copy = tmp.resolve("run");
    copyTree(runs.good1, copy);
    RunFolder run = RunFolder.read(copy);
    String card = ModelCard.generate(run, "penguins", "other");
    String python = block(card, "python");
    String recommended = run.exports().get("recommended").asText();
    String onnx = "";
    for (JsonNode variant : run.exports().get("variants")) {
      if (variant.get("name").asText().equals(recommended)) {
        onnx = variant.get("file").asText();
      }
    }
    assertThat(copy.resolve("model").resolve(onnx)).isRegularFile();
    // The tabular graphs take the encoded vector: the example says how it is made.
    assertThat(python).contains("onnxruntime", "\"" + onnx + "\"", "\"features\"", "encoder.json");
    Path file = tmp.resolve("predict.py");
    Files.writeString(file, python);
    Assumptions.assumeTrue(new File("/usr/bin/python3").canExecute(), "python3 not installed");
    Process p = new ProcessBuilder("python3", "-m", "py_compile", file.toString()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
  }

  private static String block(String card, String language) {
    int start = card.indexOf("```" + language + "\n");
    assertThat(start).as("a ```" + language + " block").isNotNegative();
    int from = start + language.length() + 4;
    return card.substring(from, card.indexOf("```", from));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
