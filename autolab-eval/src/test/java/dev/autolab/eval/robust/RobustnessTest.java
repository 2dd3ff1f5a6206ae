package dev.autolab.eval.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import dev.autolab.eval.Scorer;
import dev.autolab.eval.quality.ScoredExamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  /** A keyword model: "spam" exactly when the text holds the word "free", lower case. */
  private static final Scorer KEYWORD =
      rows -> {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
          boolean spam = rows.get(i).get("text").contains("free");
          out[i] = spam ? new double[] {0.1, 0.9} : new double[] {0.9, 0.1};
        }
        return out;
      };

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text =
          i % 2 == 0
              ? "get your free prize now, call today " + i
              : "meeting notes for the project review " + i;
      rows.add(new Row("t.csv", i + 2, Map.of("text", text, "label", i % 2 == 0 ? "spam" : "ham")));
    }
    return rows;
  }

  private static ScoredExamples clean(List<Row> rows) {
    int[] actual = rows.stream().mapToInt(r -> r.get("label").equals("spam") ? 1 : 0).toArray();
    return new ScoredExamples(List.of("ham", "spam"), actual, KEYWORD.score(rows));
  }

  @Test
  void casingBreaksACaseSensitiveKeywordModelAndTheDropIsMeasured() {
    List<Row> rows = rows();
    RobustnessReport report =
        RobustnessCheck.run(
            KEYWORD,
            rows,
            clean(rows),
            List.of(
                TextPerturbation.CASING.on(List.of("text")),
                TextPerturbation.WHITESPACE.on(List.of("text"))),
            42);
    assertThat(report.cleanMacroF1()).isEqualTo(1.0);
    PerturbationResult casing = report.perturbations().get(0);
    PerturbationResult whitespace = report.perturbations().get(1);
    assertThat(casing.macroF1Drop()).isGreaterThan(0.1);
    assertThat(casing.flipRate()).isGreaterThan(0);
    assertThat(whitespace.macroF1Drop()).isZero();
    assertThat(report.worst()).contains(casing);
  }

  @Test
  void theGreedyAttackFlipsTheKeywordModelWithinTheSmallestBudget() {
    List<Row> rows = rows();
    AttackReport report = new CharacterAttack(KEYWORD, "text", 40, 1).run(rows, clean(rows));
    assertThat(report.attacked()).isEqualTo(40);
    // Only spam can be flipped (one changed letter of "free"); ham has no word to remove.
    assertThat(report.successRate(1)).isGreaterThan(0.2).isLessThanOrEqualTo(0.5);
    assertThat(report.successRate(5)).isGreaterThanOrEqualTo(report.successRate(1));
  }

  @Test
  void aSlowModelIsAttackedUntilTheTimeLimitOnASeededPrefixOfTheExamples() {
    List<Row> rows = rows();
    Scorer slow =
        batch -> {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return KEYWORD.score(batch);
        };
    AttackReport limited =
        new CharacterAttack(slow, "text", 40, 1, Duration.ofMillis(150)).run(rows, clean(rows));
    AttackReport full = new CharacterAttack(KEYWORD, "text", 40, 1).run(rows, clean(rows));

    assertThat(limited.attacked()).isPositive().isLessThan(40);
    assertThat(limited.chosen()).isEqualTo(40);
    assertThat(limited.stoppedBy()).isEqualTo("time limit of 150 ms");
    assertThat(full.stoppedBy()).isNull();
    assertThat(full.chosen()).isEqualTo(full.attacked());
  }

  @Test
  void perturbationsAreReproducibleFromTheirSeed() {
    String text = "The quick brown fox jumps over the lazy dog";
    for (TextPerturbation kind : TextPerturbation.values()) {
      assertThat(kind.perturb(text, new SplittableRandom(3)))
          .isEqualTo(kind.perturb(text, new SplittableRandom(3)));
    }
    assertThat(TextPerturbation.TRUNCATION.perturb(text, new SplittableRandom(1)))
        .isEqualTo(text.substring(0, text.length() / 2));
  }

  @Test
  void missingValuesAndNoiseTouchOnlyTheirColumns() {
    List<Row> rows = List.of(new Row("t", 1, Map.of("x", "1.0", "y", "2.0", "c", "red")));
    Row noisy =
        TabularPerturbation.numericNoise(List.of("x"), rows)
            .apply(rows.get(0), new SplittableRandom(1));
    assertThat(noisy.get("y")).isEqualTo("2.0");
    assertThat(noisy.get("c")).isEqualTo("red");
    Row missing = rows.get(0);
    SplittableRandom random = new SplittableRandom(5);
    Perturbation drop = TabularPerturbation.missingValues(List.of("x", "y", "c"));
    int lost = 0;
    for (int i = 0; i < 200; i++) {
      Row r = drop.apply(missing, random);
      lost +=
          (r.get("x") == null ? 1 : 0)
              + (r.get("y") == null ? 1 : 0)
              + (r.get("c") == null ? 1 : 0);
    }
    assertThat(lost / 600.0).isBetween(0.12, 0.28);
  }
}
