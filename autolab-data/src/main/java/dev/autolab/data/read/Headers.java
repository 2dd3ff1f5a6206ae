package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a header record into column names, or explains why it is not a usable header. */
final class Headers {
  private Headers() {}

  /**
   * The cleaned names. An empty name (the unnamed index column pandas writes) becomes {@code
   * column_N} for its 1-based position, so the column can still be reported and excluded.
   */
  static List<String> names(Path file, List<String> raw) {
    List<String> names = new ArrayList<>(raw.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      // a line break in a name would break every message that quotes it
      String name = Values.cleanName(raw.get(i).replace('\n', ' ').replace('\r', ' '));
      name = name.isEmpty() ? "column_" + (i + 1) : name;
      Integer earlier = seen.putIfAbsent(name, i + 1);
      if (earlier != null) {
        throw new BadInputException(
            String.format(
                "%s: column name '%s' appears twice in the header (columns %d and %d): rename one"
                    + " (if the file has no header row, add one)",
                file, name, earlier, i + 1));
      }
      names.add(name);
    }
    checkLooksLikeHeader(file, names);
    return names;
  }

  /** A first line made only of numbers is data: the file has no header row. */
  private static void checkLooksLikeHeader(Path file, List<String> names) {
    if (names.size() >= 2 && names.stream().allMatch(Numbers::isNumber)) {
      throw new BadInputException(
          file
              + ": the first line ("
              + String.join(",", names)
              + ") is numbers, not column names: add a header row naming the columns");
    }
  }
}
