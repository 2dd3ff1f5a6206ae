package dev.autolab.eval.robust;

import java.util.SplittableRandom;

/** Neighbouring keys on a QWERTY keyboard, the usual source of typos. */
final class Keyboard {
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private Keyboard() {}

  /** A key next to {@code c} on the same row, keeping its case; other characters stay. */
  static char neighbour(char c, SplittableRandom random) {
    char lower = Character.toLowerCase(c);
    for (String row : ROWS) {
      int at = row.indexOf(lower);
      if (at >= 0) {
        int next;
        if (at == 0) {
          next = 1;
        } else if (at == row.length() - 1) {
          next = at - 1;
        } else {
          next = random.nextBoolean() ? at - 1 : at + 1;
        }
        char key = row.charAt(next);
        return Character.isUpperCase(c) ? Character.toUpperCase(key) : key;
      }
    }
    return c;
  }
}
