package dev.autolab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test inputs: fixtures from the class path and small generated files. */
final class TestFiles {
  private TestFiles() {}

  static Path fixture(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path write(Path file, List<String> lines) {
    try {
      return java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code n} rows of {@code x,color,size,y} where y is "a", "b" or "c" (7:2:1), numbered from
   * {@code first} so that files made with different offsets hold different rows.
   */
  static Path classification(Path file, int first, int n) {
    List<String> lines = new ArrayList<>(List.of("x,color,size,y"));
    for (int i = first; i < first + n; i++) {
      String y = i % 10 < 7 ? "a" : i % 10 < 9 ? "b" : "c";
      String color = List.of("red", "green", "blue").get(i % 3);
      lines.add(i * 0.5 + "," + color + "," + (i % 4) + "," + y);
    }
    return write(file, lines);
  }
}
