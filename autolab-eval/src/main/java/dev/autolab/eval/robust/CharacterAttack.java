package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Scorer;
import dev.autolab.eval.quality.ScoredExamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A greedy black-box attack on a text model, in the spirit of DeepWordBug (Gao et al. 2018): at
 * each step try a few single-character substitutions (look-alikes such as o/0, or keyboard
 * neighbours) at random positions, keep the one that lowers the true class's probability most, and
 * stop when the prediction flips. The model is only queried for scores, never opened.
 */
public final class CharacterAttack {
  /** The edit budgets reported, in changed characters per 100. */
  public static final List<Integer> BUDGETS = List.of(1, 3, 5);

  /** Rows attacked by default: enough for a rate to within about ±7 points, cheap enough. */
  public static final int DEFAULT_ROWS = 100;

  static final int CANDIDATES_PER_STEP = 12;

  /** Edits tried at most on one text, so one very long text cannot take the whole evaluation. */
  static final int MAX_EDITS = 40;

  private static final Map<Character, Character> LOOK_ALIKES =
      Map.of('a', '@', 'e', '3', 'i', '1', 'l', '1', 'o', '0', 's', '5', 't', '7', 'b', '8');

  /**
   * Wall time the attack may take by default. Each greedy step scores a dozen variants of a text:
   * milliseconds for a linear model, but seconds for a transformer encoder reading 256 tokens of
   * each, where 100 examples would take an hour. The examples are attacked in a seeded order, so a
   * time-limited attack is a prefix of the full one and its rate is still unbiased, only wider.
   */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);

  private final Scorer scorer;
  private final String column;
  private final int maxRows;
  private final long seed;
  private final Duration timeLimit;

  public CharacterAttack(Scorer scorer, String textColumn, int maxRows, long seed) {
    this(scorer, textColumn, maxRows, seed, DEFAULT_TIME_LIMIT);
  }

  public CharacterAttack(
      Scorer scorer, String textColumn, int maxRows, long seed, Duration timeLimit) {
    this.scorer = scorer;
    this.column = textColumn;
    this.maxRows = maxRows;
    this.seed = Seeds.derive(seed, "attack");
    this.timeLimit = timeLimit;
  }

  /** Attacks up to {@code maxRows} correctly classified rows, chosen at random. */
  public AttackReport run(List<Row> rows, ScoredExamples clean) {
    List<Integer> targets = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String text = rows.get(i).get(column);
      if (clean.predicted(i) == clean.actual()[i] && text != null && !text.isBlank()) {
        targets.add(i);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    Collections.shuffle(targets, new java.util.Random(random.nextLong()));
    targets = targets.subList(0, Math.min(maxRows, targets.size()));
    int[] successes = new int[BUDGETS.size()];
    long deadline = System.nanoTime() + timeLimit.toNanos();
    int attacked = 0;
    String stoppedBy = null;
    for (int i : targets) {
      if (attacked > 0 && System.nanoTime() > deadline) {
        stoppedBy =
            "time limit of "
                + (timeLimit.toMillis() < 1000
                    ? timeLimit.toMillis() + " ms"
                    : timeLimit.toSeconds() + " s");
        break;
      }
      attacked++;
      Row row = rows.get(i);
      int edits = editsToFlip(row, clean.actual()[i], random);
      int length = row.get(column).length();
      for (int b = 0; b < BUDGETS.size(); b++) {
        if (edits > 0 && edits <= allowance(length, BUDGETS.get(b))) {
          successes[b]++;
        }
      }
    }
    List<BudgetResult> budgets = new ArrayList<>();
    for (int b = 0; b < BUDGETS.size(); b++) {
      budgets.add(
          new BudgetResult(
              BUDGETS.get(b), successes[b], attacked == 0 ? 0 : (double) successes[b] / attacked));
    }
    return new AttackReport(
        column, attacked, CANDIDATES_PER_STEP, MAX_EDITS, seed, budgets, targets.size(), stoppedBy);
  }

  /** Edits allowed on a text of {@code length} characters: budget per 100, at least one. */
  static int allowance(int length, int per100) {
    return Math.max(1, length * per100 / 100);
  }

  /** The number of edits after which the prediction flipped, or 0 when it held. */
  private int editsToFlip(Row row, int truth, SplittableRandom random) {
    StringBuilder text = new StringBuilder(row.get(column));
    int limit = Math.min(MAX_EDITS, allowance(text.length(), Collections.max(BUDGETS)));
    Set<Integer> edited = new HashSet<>();
    for (int step = 1; step <= limit; step++) {
      List<String> candidates = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      for (int c = 0; c < CANDIDATES_PER_STEP; c++) {
        int at = position(text, edited, random);
        if (at < 0) {
          return 0;
        }
        StringBuilder variant = new StringBuilder(text);
        variant.setCharAt(at, substitute(text.charAt(at), random));
        candidates.add(variant.toString());
        positions.add(at);
      }
      double[][] scores = scorer.score(withText(row, candidates));
      int best = 0;
      for (int c = 1; c < scores.length; c++) {
        best = scores[c][truth] < scores[best][truth] ? c : best;
      }
      text = new StringBuilder(candidates.get(best));
      edited.add(positions.get(best));
      if (Evaluator.argMax(scores[best]) != truth) {
        return step;
      }
    }
    return 0;
  }

  private static int position(CharSequence text, Set<Integer> edited, SplittableRandom random) {
    for (int tries = 0; tries < 50; tries++) {
      int at = random.nextInt(text.length());
      if (Character.isLetterOrDigit(text.charAt(at)) && !edited.contains(at)) {
        return at;
      }
    }
    return -1;
  }

  private static char substitute(char c, SplittableRandom random) {
    Character lookAlike = LOOK_ALIKES.get(Character.toLowerCase(c));
    if (lookAlike != null && random.nextBoolean()) {
      return lookAlike;
    }
    char neighbour = Keyboard.neighbour(c, random);
    return neighbour != c ? neighbour : (char) ('a' + random.nextInt(26));
  }

  private List<Row> withText(Row row, List<String> texts) {
    List<Row> variants = new ArrayList<>(texts.size());
    for (String text : texts) {
      Map<String, String> values = new LinkedHashMap<>(row.values());
      values.put(column, text);
      variants.add(new Row(row.source(), row.line(), values));
    }
    return variants;
  }
}
