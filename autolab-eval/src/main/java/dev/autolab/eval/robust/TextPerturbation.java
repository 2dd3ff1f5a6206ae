package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The text perturbations: the slips of real typing and copying. Rates are per character and small
 * enough (5%) that a person reads the text the same.
 */
public enum TextPerturbation {
  /** A letter replaced by a neighbour on a QWERTY keyboard, at 5% of letters. */
  TYPOS,
  /** Two adjacent characters swapped, at 5% of positions. */
  CHAR_SWAP,
  /** The case of letters flipped, at 20% of letters. */
  CASING,
  /** Extra spaces and line breaks between words, at 20% of spaces. */
  WHITESPACE,
  /** Only the first half of the text kept. */
  TRUNCATION;

  static final double TYPO_RATE = 0.05;
  static final double CASE_RATE = 0.2;
  static final double SPACE_RATE = 0.2;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This perturbation on the given text columns. */
  public Perturbation on(List<String> textColumns) {
    TextPerturbation kind = this;
    return new Perturbation() {
      @Override
      public String name() {
        return kind.id();
      }

      @Override
      public Row apply(Row row, SplittableRandom random) {
        return Rows.map(row, textColumns, text -> kind.perturb(text, random));
      }
    };
  }

  /** The perturbed text. */
  public String perturb(String text, SplittableRandom random) {
    return switch (this) {
      case TYPOS -> typos(text, random, TYPO_RATE);
      case CHAR_SWAP -> swaps(text, random);
      case CASING -> casing(text, random);
      case WHITESPACE -> whitespace(text, random);
      case TRUNCATION -> text.substring(0, text.length() / 2);
    };
  }

  /** Replaces letters by keyboard neighbours at {@code rate}. */
  public static String typos(String text, SplittableRandom random, double rate) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (Character.isLetter(c) && random.nextDouble() < rate) {
        out.setCharAt(i, Keyboard.neighbour(c, random));
      }
    }
    return out.toString();
  }

  private static String swaps(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i + 1 < out.length(); i++) {
      if (random.nextDouble() < TYPO_RATE) {
        char c = out.charAt(i);
        out.setCharAt(i, out.charAt(i + 1));
        out.setCharAt(i + 1, c);
        i++;
      }
    }
    return out.toString();
  }

  private static String casing(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (Character.isLetter(c) && random.nextDouble() < CASE_RATE) {
        out.setCharAt(
            i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
    }
    return out.toString();
  }

  private static String whitespace(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      out.append(c);
      if (c == ' ' && random.nextDouble() < SPACE_RATE) {
        out.append(random.nextBoolean() ? "  " : "\n");
      }
    }
    return out.toString();
  }
}
