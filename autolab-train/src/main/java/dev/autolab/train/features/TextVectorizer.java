package dev.autolab.train.features;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * TF-IDF features of a text: one {@link TfidfBlock} per analyzer (word n-grams, char n-grams), each
 * unit length, side by side. Fitting and transforming are deterministic; documents are analysed in
 * parallel because they are independent.
 */
public final class TextVectorizer {
  private final List<TfidfBlock> blocks;
  private final int[] offsets;

  /** A vectorizer from fitted blocks (as loaded from a model directory). */
  public TextVectorizer(List<TfidfBlock> blocks) {
    this.blocks = List.copyOf(blocks);
    this.offsets = new int[blocks.size()];
    for (int b = 1; b < blocks.size(); b++) {
      offsets[b] = offsets[b - 1] + blocks.get(b - 1).size();
    }
  }

  /** The fitted vectorizer and the vectors of the documents it was fitted on. */
  public record Fit(TextVectorizer vectorizer, List<SparseVector> vectors) {}

  /** Fits one block per analyzer of {@code settings} on {@code docs} and transforms them. */
  public static Fit fit(List<String> docs, TextSettings settings) {
    List<TfidfBlock> blocks = new ArrayList<>();
    List<List<SparseVector>> perBlock = new ArrayList<>();
    for (NgramAnalyzer analyzer : settings.analyzers()) {
      List<TermCounts> counts = countAll(analyzer, docs);
      TfidfBlock block =
          TfidfBlock.fit(
              analyzer, settings.sublinearTf(), counts, settings.minDf(), settings.maxFeatures());
      blocks.add(block);
      perBlock.add(counts.parallelStream().map(block::transform).toList());
    }
    TextVectorizer vectorizer = new TextVectorizer(blocks);
    List<SparseVector> vectors =
        IntStream.range(0, docs.size())
            .mapToObj(i -> vectorizer.join(perBlock.stream().map(v -> v.get(i)).toList()))
            .toList();
    return new Fit(vectorizer, vectors);
  }

  /** The features of each document, in order. */
  public List<SparseVector> transform(List<String> docs) {
    return docs.parallelStream().map(this::transform).toList();
  }

  /** The features of one document. */
  public SparseVector transform(String doc) {
    List<SparseVector> parts = new ArrayList<>(blocks.size());
    for (TfidfBlock block : blocks) {
      parts.add(block.transform(block.analyzer().count(doc)));
    }
    return join(parts);
  }

  private static List<TermCounts> countAll(NgramAnalyzer analyzer, List<String> docs) {
    return docs.parallelStream().map(analyzer::count).toList();
  }

  private SparseVector join(List<SparseVector> parts) {
    return SparseVector.concat(parts.toArray(SparseVector[]::new), offsets);
  }

  /** The total number of columns. */
  public int size() {
    return blocks.isEmpty()
        ? 0
        : offsets[offsets.length - 1] + blocks.get(blocks.size() - 1).size();
  }

  public List<TfidfBlock> blocks() {
    return blocks;
  }
}
