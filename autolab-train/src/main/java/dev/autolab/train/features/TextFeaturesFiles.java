package dev.autolab.train.features;

import dev.autolab.core.Json;
import dev.autolab.train.model.ArrayFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves {@link TextFeatures} as {@code text-features.json} (analyzers and the tabular encoder) and
 * {@code text-features.bin} (each block's kept buckets and document frequencies), and loads them.
 */
public final class TextFeaturesFiles {
  static final String JSON_FILE = "text-features.json";
  static final String ARRAY_FILE = "text-features.bin";

  /** The JSON part: how each block analyses text, and the non-text columns' encoder. */
  record Description(int schemaVersion, List<BlockDescription> blocks, TabularEncoder tabular) {}

  /** One block's settings; its arrays are in the binary file under {@code block.<i>.*}. */
  record BlockDescription(NgramAnalyzer analyzer, boolean sublinear, int documents) {}

  private TextFeaturesFiles() {}

  public static void save(TextFeatures features, Path dir) {
    List<BlockDescription> blocks = new ArrayList<>();
    ArrayFile arrays = new ArrayFile();
    List<TfidfBlock> fitted = features.vectorizer().blocks();
    for (int b = 0; b < fitted.size(); b++) {
      TfidfBlock block = fitted.get(b);
      blocks.add(new BlockDescription(block.analyzer(), block.sublinear(), block.documents()));
      arrays.put("block." + b + ".buckets", block.buckets());
      arrays.put("block." + b + ".df", block.documentFrequencies());
    }
    Json.write(dir.resolve(JSON_FILE), new Description(1, blocks, features.tabular()));
    arrays.write(dir.resolve(ARRAY_FILE));
  }

  public static TextFeatures load(Path dir) {
    Description description = Json.read(dir.resolve(JSON_FILE), Description.class);
    ArrayFile arrays = ArrayFile.read(dir.resolve(ARRAY_FILE));
    List<TfidfBlock> blocks = new ArrayList<>();
    for (int b = 0; b < description.blocks().size(); b++) {
      BlockDescription block = description.blocks().get(b);
      blocks.add(
          new TfidfBlock(
              block.analyzer(),
              block.sublinear(),
              block.documents(),
              arrays.ints("block." + b + ".buckets"),
              arrays.ints("block." + b + ".df")));
    }
    return new TextFeatures(new TextVectorizer(blocks), description.tabular());
  }
}
