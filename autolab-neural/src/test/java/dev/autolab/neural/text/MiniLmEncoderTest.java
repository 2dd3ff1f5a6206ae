package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
