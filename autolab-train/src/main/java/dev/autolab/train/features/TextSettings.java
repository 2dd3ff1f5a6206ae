package dev.autolab.train.features;

import java.util.ArrayList;
import java.util.List;

/**
 * How text becomes TF-IDF features.
 *
 * @param wordMaxN word n-grams from unigrams up to this length (0 for no word block)
 * @param charMinN the shortest character n-gram
 * @param charMaxN the longest character n-gram (0 for no char block)
 * @param charMaxChars characters of each text read for char n-grams
 * @param minDf an n-gram must occur in at least this many training texts to become a feature
 * @param maxFeatures at most this many features per block (the most frequent)
 * @param hashBits hash space per block, {@code 2^hashBits} buckets
 * @param sublinearTf use {@code 1 + ln(count)} rather than the raw count
 */
public record TextSettings(
    int wordMaxN,
    int charMinN,
    int charMaxN,
    int charMaxChars,
    int minDf,
    int maxFeatures,
    int hashBits,
    boolean sublinearTf) {

  /** Words are cheap to analyse, so they are read up to this many characters. */
  public static final int WORD_MAX_CHARS = 100_000;

  /** The analyzers these settings ask for: a word block, then a char block. */
  public List<NgramAnalyzer> analyzers() {
    List<NgramAnalyzer> analyzers = new ArrayList<>();
    if (wordMaxN > 0) {
      analyzers.add(new NgramAnalyzer(NgramAnalyzer.WORD, 1, wordMaxN, WORD_MAX_CHARS, hashBits));
    }
    if (charMaxN > 0) {
      analyzers.add(
          new NgramAnalyzer(NgramAnalyzer.CHAR, charMinN, charMaxN, charMaxChars, hashBits));
    }
    return analyzers;
  }
}
