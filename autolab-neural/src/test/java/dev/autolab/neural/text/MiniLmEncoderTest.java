package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {
  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    float[][] v =
        MiniLmEncoder.shared()
            .encode(
                List.of(
                    "The cat sits on the mat.",
                    "A cat is sitting on a rug.",
                    "Quarterly revenue rose by four percent.",
                    ""));
    assertThat(v).hasNumberOfRows(4);
    for (float[] vector : v) {
      assertThat(vector).hasSize(384);
      assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
    }
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.3);
  }

  @Test
  void aTextEncodesTheSameAloneAndInABatchOfLongerOnes() {
    String shortText = "free money now";
    String longText = "please find attached the minutes of the meeting ".repeat(80);
    float[] alone = MiniLmEncoder.shared().encode(List.of(shortText))[0];
    float[][] batch = MiniLmEncoder.shared().encode(List.of(longText, shortText));
    // Padding is masked out, so a padded text keeps its vector.
    assertThat(dot(alone, batch[1])).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void headAndTailVectorsSitSideBySideAndAShortTextRepeatsItsVector() {
    String shortText = "free money now";
    String ending = "click here to win a free prize, act now while the offer lasts. ".repeat(25);
    String longText = "please find attached the minutes of the meeting ".repeat(40) + ending;
    float[][] single = MiniLmEncoder.shared().encode(List.of(shortText, longText, ending));
    float[][] both = MiniLmEncoder.shared().encodeHeadTail(List.of(shortText, longText));
    int d = MiniLmEncoder.DIMENSION;

    assertThat(both[0]).hasSize(2 * d);
    assertThat(Arrays.copyOfRange(both[0], d, 2 * d))
        .containsExactly(Arrays.copyOfRange(both[0], 0, d));
    assertThat(dot(Arrays.copyOfRange(both[0], 0, d), single[0])).isCloseTo(1.0, within(1e-4));
    // The long text's head is what truncation reads; its tail reads the ending.
    float[] head = Arrays.copyOfRange(both[1], 0, d);
    float[] tail = Arrays.copyOfRange(both[1], d, 2 * d);
    assertThat(dot(head, single[1])).isCloseTo(1.0, within(1e-4));
    assertThat(dot(tail, single[2])).isGreaterThan(0.9).isGreaterThan(dot(head, single[2]) + 0.3);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(float[] a) {
    return Math.sqrt(dot(a, a));
  }
}
