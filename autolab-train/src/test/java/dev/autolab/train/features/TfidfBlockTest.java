package dev.autolab.train.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfBlockTest {
  private static final NgramAnalyzer WORDS = new NgramAnalyzer("word", 1, 1, 1000, 20);

  @Test
  void weightsMatchScikitLearnsSublinearSmoothedTfidf() {
    List<TermCounts> docs =
        List.of(WORDS.count("spam spam spam eggs"), WORDS.count("eggs ham"), WORDS.count("ham"));
    TfidfBlock block = TfidfBlock.fit(WORDS, true, docs, 1, 100);
    SparseVector v = block.transform(WORDS.count("spam spam spam eggs"));
    // spam: tf 1 + ln 3, idf ln(4/2) + 1; eggs: tf 1, idf ln(4/3) + 1; then unit length.
    double spam = (1 + Math.log(3)) * (Math.log(4.0 / 2) + 1);
    double eggs = Math.log(4.0 / 3) + 1;
    double norm = Math.hypot(spam, eggs);
    assertThat(v.size()).isEqualTo(2);
    assertThat(sorted(v.values()))
        .containsExactly(sorted(new double[] {eggs / norm, spam / norm}), within(1e-12));
  }

  @Test
  void minDfDropsRareTermsAndUnknownTermsVanish() {
    List<TermCounts> docs =
        List.of(WORDS.count("aa bb"), WORDS.count("aa cc"), WORDS.count("aa bb"));
    TfidfBlock block = TfidfBlock.fit(WORDS, true, docs, 2, 100);
    assertThat(block.size()).isEqualTo(2);
    assertThat(block.transform(WORDS.count("cc dd")).size()).isZero();
  }

  @Test
  void capKeepsTheMostFrequent() {
    List<TermCounts> docs = List.of(WORDS.count("aa bb"), WORDS.count("aa cc"), WORDS.count("aa"));
    TfidfBlock block = TfidfBlock.fit(WORDS, true, docs, 1, 1);
    assertThat(block.documentFrequencies()).containsExactly(3);
  }

  @Test
  void wordsNeedTwoWordCharactersAndIgnoreCase() {
    assertThat(WORDS.count("A b Cd cd").terms()).hasSize(1);
    assertThat(WORDS.count("A b Cd cd").counts()).containsExactly(2);
  }

  @Test
  void charNgramsCollapseSpacesAndAreDeterministic() {
    NgramAnalyzer chars = new NgramAnalyzer("char", 2, 3, 1000, 20);
    // "ab  c" reads as "ab c": bigrams ab, "b ", " c"; trigrams "ab ", "b c".
    assertThat(chars.count("ab  c").terms()).hasSize(5);
    assertThat(chars.count("xyz xyz").terms()).containsExactly(chars.count("xyz xyz").terms());
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }
}
