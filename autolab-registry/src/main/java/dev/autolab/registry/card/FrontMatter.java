package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.registry.RunFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML metadata at the top of a Hugging Face model card: license, library, pipeline tag, tags,
 * datasets, metrics and a {@code model-index} whose results are the test metrics of {@code
 * evaluation.json}, copied unrounded so that the card and the evaluation cannot disagree.
 */
public final class FrontMatter {
  private FrontMatter() {}

  /**
   * The metadata of a run's card.
   *
   * @param name the model's name in the registry (the model-index name)
   * @param license a license id; {@code other} needs a {@code license_name}, which is then given
   */
  public static Map<String, Object> of(RunFolder run, String name, String license) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("license", license);
    if (license.equals("other")) {
      meta.put("license_name", "unspecified");
    }
    meta.put("library_name", "autolab");
    meta.put("pipeline_tag", pipelineTag(run));
    meta.put("tags", tags(run));
    meta.put("datasets", List.of(datasetId(run)));
    meta.put("metrics", metricIds(run));
    String base = baseModel(run);
    if (base != null) {
      meta.put("base_model", base);
    }
    meta.put("model-index", List.of(modelIndex(run, name)));
    return meta;
  }

  /** The Hub's pipeline tag: what kind of input the model reads and what it answers. */
  static String pipelineTag(RunFolder run) {
    boolean regression = run.task().equals("regression");
    if (hasFeatureOfType(run, "IMAGE")) {
      return "image-classification";
    }
    if (hasFeatureOfType(run, "TEXT") && !regression) {
      return "text-classification";
    }
    return regression ? "tabular-regression" : "tabular-classification";
  }

  private static boolean hasFeatureOfType(RunFolder run, String type) {
    for (JsonNode feature : run.model().at("/schema/features")) {
      if (type.equals(feature.path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> tags(RunFolder run) {
    List<String> tags = new ArrayList<>(List.of("autolab", run.family(), run.task()));
    if (hasOnnx(run)) {
      tags.add("onnx");
    }
    return tags;
  }

  static boolean hasOnnx(RunFolder run) {
    return UsageSnippets.onnxFile(run.modelDir()) != null;
  }

  /** The data file's name: local data has no Hub dataset id, so its name stands for one. */
  static String datasetId(RunFolder run) {
    String data = run.run().at("/config/data").asText("");
    if (data.isEmpty()) {
      return "local-data";
    }
    Path file = Path.of(data).getFileName();
    return file == null ? data : file.toString();
  }

  /** The pretrained encoder a family builds on, as a Hub model id. */
  private static String baseModel(RunFolder run) {
    return run.family().startsWith("minilm") ? "sentence-transformers/all-MiniLM-L6-v2" : null;
  }

  private static List<String> metricIds(RunFolder run) {
    List<String> ids = new ArrayList<>();
    for (MetricEntry entry : MetricEntry.of(run.evaluation())) {
      if (!ids.contains(entry.type())) {
        ids.add(entry.type());
      }
    }
    return ids;
  }

  private static Map<String, Object> modelIndex(RunFolder run, String name) {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("type", pipelineTag(run));
    task.put("name", run.task().equals("regression") ? "Regression" : "Classification");
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("name", datasetId(run) + " (test split)");
    dataset.put("type", datasetId(run));
    dataset.put("split", run.evaluation().path("split").asText("test"));
    String fingerprint = run.dataFingerprint();
    if (fingerprint != null) {
      dataset.put("revision", fingerprint);
    }
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (MetricEntry entry : MetricEntry.of(run.evaluation())) {
      metrics.add(entry.asYaml());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("task", task);
    result.put("dataset", dataset);
    result.put("metrics", metrics);
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("name", name);
    index.put("results", List.of(result));
    return index;
  }
}
