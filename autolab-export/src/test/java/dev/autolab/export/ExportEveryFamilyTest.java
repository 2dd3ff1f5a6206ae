package dev.autolab.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.autolab.core.Json;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.export.run.OnnxVariantModel;
import dev.autolab.export.run.Timer;
import dev.autolab.neural.image.Shapes;
import dev.autolab.train.Families;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.Prediction;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.ensemble.EnsembleModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every family trained on small real data, saved, loaded back and exported in every format: each
 * file written passes the reference ONNX checker and runs in ONNX Runtime, the fp32 graph matches
 * the source model within 1e-4, and {@code predict --variant}'s model answers like the variant.
 */
class ExportEveryFamilyTest {
  @TempDir static Path images;
  @TempDir Path dir;
  private static String python;

  @BeforeAll
  static void setUp() {
    python = OnnxChecker.python();
    Shapes.write(images, 30, 7);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tfidf-linear",
        "linear",
        "xgboost",
        "mlp",
        "cnn",
        "minilm-mlp",
        "ensemble-text",
        "ensemble-table",
        "ensemble-regression"
      })
  void everyVariantIsValidOnnxAndTheFp32OneMatchesTheSource(String family) throws IOException {
    TrainingData data = data(family);
    TrainedModel fitted = fit(family, data);
    Path modelDir = dir.resolve("model");
    fitted.save(Files.createDirectories(modelDir));
    TrainedModel model = ModelLoader.load(modelDir);

    Exports exports =
        new Exporter(Format.parse("all"), new Timer(3, 1), m -> {})
            .export(model, modelDir, data.valid(), data.train());

    // Kept for reading after a run: sizes and latencies of each family's variants.
    Json.write(Path.of("target", "exports-" + family + ".json"), exports);
    ExportVariant fp32 = variant(exports, "fp32");
    assertThat(fp32.parity().passed()).as("fp32 parity %s", fp32.parity()).isTrue();
    assertThat(fp32.parity().maxAbsDiff()).isLessThanOrEqualTo(Parity.FP32_TOLERANCE);
    assertThat(fp32.metricDelta()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
    for (ExportVariant v : exports.variants()) {
      if (v.file() == null) {
        assertThat(v.note()).as(v.name()).isNotBlank();
        continue;
      }
      Path file = modelDir.resolve(v.file());
      OnnxChecker.Outcome check = OnnxChecker.check(python, file);
      if (v.name().equals("fp32-optimized") && check.exit() != 0) {
        // ONNX Runtime's layer-norm fusion writes LayerNormalization into the default domain at
        // the encoder's opset 11 (standard only from opset 17): a file for ONNX Runtime alone.
        assertThat(check.output()).contains("No Op registered for LayerNormalization");
        assertThat(family).isIn("minilm-mlp", "ensemble-text");
      } else {
        assertThat(check.exit()).as("onnx checker on %s: %s", v.file(), check.output()).isZero();
      }
      assertThat(v.latencyMs().get("p50")).isPositive();
      assertThat(v.throughput()).isPositive();
      if (v.parity().agreement() != null) {
        assertThat(v.parity().agreement()).as(v.name() + " agreement").isGreaterThan(0.85);
      }
    }
    // Only standard domains in the fp32 and int8 files: any ONNX runtime can run them.
    assertThat(domains(modelDir.resolve("model.onnx"))).isSubsetOf(Set.of("", "ai.onnx.ml"));
    if (Files.exists(modelDir.resolve("model-int8.onnx"))) {
      assertThat(domains(modelDir.resolve("model-int8.onnx"))).isSubsetOf(Set.of("", "ai.onnx.ml"));
      assertThat(ops(modelDir.resolve("model-int8.onnx")))
          .contains("DynamicQuantizeLinear", "MatMulInteger");
    }
    if (family.equals("minilm-mlp")) {
      assertThat(modelDir.resolve("tokenizer.json")).isRegularFile();
      assertThat(exports.inputs()).containsExactlyInAnyOrder("input_ids", "attention_mask");
    }
    if (family.equals("ensemble-text")) {
      // Each member keeps its own inputs, named after it; MiniLM's tokenizer ships beside.
      assertThat(modelDir.resolve("tokenizer.json")).isRegularFile();
      assertThat(exports.inputs()).contains("m1/input_ids", "m1/attention_mask");
      assertThat(exports.inputs()).anyMatch(name -> name.startsWith("m0/"));
    }

    List<Prediction> viaOnnx = OnnxVariantModel.open(model, modelDir, "fp32").predict(data.valid());
    List<Prediction> source = model.predict(data.valid());
    for (int i = 0; i < source.size(); i++) {
      if (data.schema().task() == Task.REGRESSION) {
        assertThat(viaOnnx.get(i).value())
            .isCloseTo(source.get(i).value(), org.assertj.core.data.Offset.offset(1e-3));
      } else {
        assertThat(viaOnnx.get(i).label()).isEqualTo(source.get(i).label());
      }
    }
  }

  private static TrainingData data(String family) {
    return switch (family) {
      case "tfidf-linear", "minilm-mlp", "ensemble-text" -> SyntheticData.text(3, 90, 40, 5);
      case "cnn" -> Shapes.data(images, 20, 10);
      case "ensemble-regression" -> SyntheticData.table(Task.REGRESSION, 200, 60, 3);
      default -> SyntheticData.table(Task.CLASSIFICATION, 200, 60, 3);
    };
  }

  /** A family's model fitted with its defaults; an ensemble's members blended 0.6 / 0.4. */
  private static TrainedModel fit(String family, TrainingData data) {
    TrainingContext context = TrainingContext.quiet(42, Metric.defaultFor(data.schema().task()));
    List<String> members =
        switch (family) {
          case "ensemble-text" -> List.of("tfidf-linear", "minilm-mlp");
          case "ensemble-table", "ensemble-regression" -> List.of("linear", "xgboost");
          default -> List.of();
        };
    if (members.isEmpty()) {
      return Families.trainer(family, Map.of()).fit(data, context);
    }
    List<TrainedModel> fitted =
        members.stream().map(f -> Families.trainer(f, Map.of()).fit(data, context)).toList();
    return new EnsembleModel(fitted, new double[] {0.6, 0.4}, members);
  }

  private static ExportVariant variant(Exports exports, String name) {
    return exports.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private static ModelProto read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ModelProto.parseFrom(in);
    }
  }

  private static Set<String> domains(Path file) throws IOException {
    return read(file).getGraph().getNodeList().stream()
        .map(NodeProto::getDomain)
        .collect(Collectors.toSet());
  }

  private static Set<String> ops(Path file) throws IOException {
    return read(file).getGraph().getNodeList().stream()
        .map(NodeProto::getOpType)
        .collect(Collectors.toSet());
  }
}
