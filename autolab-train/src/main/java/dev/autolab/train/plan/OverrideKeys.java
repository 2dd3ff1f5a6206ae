package dev.autolab.train.plan;

import dev.autolab.core.BadInputException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The keys {@code --set} understands. Any other key is refused before planning: a misspelt key
 * ({@code learning-rate}, {@code epoch}) would otherwise train with the planner's value while the
 * user believes theirs was used.
 */
final class OverrideKeys {
  /** Every key some rule reads, sorted for the error message. */
  static final Set<String> KNOWN = known();

  private OverrideKeys() {}

  private static Set<String> known() {
    Set<String> keys = new TreeSet<>();
    keys.add(FamilyOverrideRule.KEY);
    keys.add(RefitRule.KEY);
    keys.add(EnsembleRule.KEY);
    keys.addAll(ValueOverridesRule.KEYS);
    keys.addAll(NeuralOverridesRule.KEYS);
    return keys;
  }

  /**
   * @throws BadInputException naming the first unknown key, the known one it most likely meant, and
   *     every known key
   */
  static void check(Map<String, String> overrides) {
    for (String key : overrides.keySet()) {
      if (KNOWN.contains(key)) {
        continue;
      }
      String guess = closest(key);
      throw new BadInputException(
          "--set "
              + key
              + "="
              + overrides.get(key)
              + ": unknown key"
              + (guess == null ? "" : " (did you mean " + guess + "?)")
              + "; the keys --set accepts are "
              + String.join(", ", KNOWN));
    }
  }

  /**
   * The known key {@code key} most likely meant: the same once case and dashes are set aside, or
   * within two edits; null when none is that close.
   */
  static String closest(String key) {
    String normal = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    LevenshteinDistance withinTwo = new LevenshteinDistance(2);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN) {
      // -1 when more than two edits apart.
      int distance = withinTwo.apply(normal, known);
      if (distance >= 0 && distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return best;
  }
}
