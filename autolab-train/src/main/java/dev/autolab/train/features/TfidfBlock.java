package dev.autolab.train.features;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One TF-IDF feature block over the hashed n-grams of one {@link NgramAnalyzer}: the buckets kept
 * at fit time (document frequency at least {@code minDf}, at most {@code maxFeatures} of the most
 * frequent) with their document frequencies. Weights follow scikit-learn's {@code TfidfVectorizer}:
 * {@code tf = 1 + ln(count)} when sublinear, smoothed {@code idf = ln((1 + n) / (1 + df)) + 1}, and
 * each document's block scaled to unit length.
 */
public final class TfidfBlock {
  private final NgramAnalyzer analyzer;
  private final boolean sublinear;
  private final int documents;
  private final int[] buckets;
  private final int[] documentFrequencies;
  private final double[] idf;

  /**
   * A fitted block, as saved.
   *
   * @param buckets kept bucket ids, ascending; column {@code i} of the block is {@code buckets[i]}
   * @param documentFrequencies the number of training documents holding each kept bucket
   */
  public TfidfBlock(
      NgramAnalyzer analyzer,
      boolean sublinear,
      int documents,
      int[] buckets,
      int[] documentFrequencies) {
    this.analyzer = analyzer;
    this.sublinear = sublinear;
    this.documents = documents;
    this.buckets = buckets.clone();
    this.documentFrequencies = documentFrequencies.clone();
    this.idf = new double[buckets.length];
    for (int i = 0; i < buckets.length; i++) {
      idf[i] = Math.log((1.0 + documents) / (1.0 + documentFrequencies[i])) + 1.0;
    }
  }

  /** Keeps the buckets of {@code docs} found in at least {@code minDf} of them. */
  public static TfidfBlock fit(
      NgramAnalyzer analyzer,
      boolean sublinear,
      List<TermCounts> docs,
      int minDf,
      int maxFeatures) {
    int[] df = new int[analyzer.buckets()];
    for (TermCounts doc : docs) {
      for (int term : doc.terms()) {
        df[term]++;
      }
    }
    int[] kept = IntStream.range(0, df.length).filter(b -> df[b] >= minDf).toArray();
    if (kept.length > maxFeatures) {
      // The most frequent buckets win; ties go to the lower id so the choice is reproducible.
      kept =
          Arrays.stream(kept)
              .boxed()
              .sorted(Comparator.comparingInt((Integer b) -> -df[b]).thenComparingInt(b -> b))
              .limit(maxFeatures)
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
    }
    int[] keptDf = Arrays.stream(kept).map(b -> df[b]).toArray();
    return new TfidfBlock(analyzer, sublinear, docs.size(), kept, keptDf);
  }

  /** The unit-length TF-IDF vector of one document's counts, over this block's columns. */
  public SparseVector transform(TermCounts doc) {
    int[] indices = new int[doc.terms().length];
    double[] values = new double[doc.terms().length];
    int size = 0;
    for (int i = 0; i < doc.terms().length; i++) {
      int column = Arrays.binarySearch(buckets, doc.terms()[i]);
      if (column >= 0) {
        double count = doc.counts()[i];
        double tf = sublinear ? 1.0 + Math.log(count) : count;
        indices[size] = column;
        values[size++] = tf * idf[column];
      }
    }
    return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size)).normalized();
  }

  /** The number of columns. */
  public int size() {
    return buckets.length;
  }

  public NgramAnalyzer analyzer() {
    return analyzer;
  }

  public boolean sublinear() {
    return sublinear;
  }

  public int documents() {
    return documents;
  }

  public int[] buckets() {
    return buckets.clone();
  }

  public int[] documentFrequencies() {
    return documentFrequencies.clone();
  }

  /** The idf of each column (for feature weighting schemes built on top). */
  public double idf(int column) {
    return idf[column];
  }
}
