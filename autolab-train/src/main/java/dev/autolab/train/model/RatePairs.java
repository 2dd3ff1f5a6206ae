package dev.autolab.train.model;

import dev.autolab.core.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Learning-rate changes as a model's settings keep them ({@code learning_rate_schedule}): {@code
 * N:rate} pairs separated by commas, N being the boosting round (trees) or the epoch (networks)
 * from which the rate holds, e.g. {@code 212:0.025,262:0.0125}. Each family checks what its N
 * means; this reads and writes the text.
 */
public final class RatePairs {
  /** The setting's name. */
  public static final String KEY = "learning_rate_schedule";

  /**
   * One change.
   *
   * @param at the round or epoch from which {@code rate} holds
   * @param rate the learning rate
   */
  public record Pair(int at, double rate) {}

  private RatePairs() {}

  /** The pairs as the setting's text. */
  public static String format(List<Pair> pairs) {
    StringBuilder out = new StringBuilder();
    for (Pair p : pairs) {
      out.append(out.length() == 0 ? "" : ",").append(p.at()).append(':').append(p.rate());
    }
    return out.toString();
  }

  /**
   * The pairs of {@code text} (none for a blank one).
   *
   * @param unit what N counts, for the error ({@code round}, {@code epoch})
   * @param example a pair to show in the error, e.g. {@code 200:0.025}
   * @throws BadInputException naming the pair that is not {@code N:rate}
   */
  public static List<Pair> parse(String text, String unit, String example) {
    List<Pair> pairs = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return pairs;
    }
    for (String pair : text.split(",")) {
      String[] parts = pair.trim().split(":");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        pairs.add(new Pair(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim())));
      } catch (NumberFormatException e) {
        throw new BadInputException(
            KEY
                + " '"
                + text
                + "': '"
                + pair
                + "' is not "
                + unit
                + ":rate (e.g. "
                + example
                + ")");
      }
    }
    return pairs;
  }
}
