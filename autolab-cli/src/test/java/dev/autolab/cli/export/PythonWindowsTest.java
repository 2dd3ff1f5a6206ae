package dev.autolab.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.neural.text.TokenWindows;
import dev.autolab.registry.card.UsageSnippets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model card's Python lines that cut a text into the merged MiniLM graph's two rows must cut
 * exactly as {@link TokenWindows} does in Java, or a Python user gets other probabilities.
 */
class PythonWindowsTest {
  private static final int[] LENGTHS = {3, 255, 256, 257, 1000};

  @TempDir Path tmp;

  @Test
  void theCardsPythonCutsTheSameWindowsAsAutolab() throws Exception {
    StringBuilder program = new StringBuilder("import json\n\n");
    program.append("for n in ").append(pythonList()).append(":\n");
    program.append("    ids = [101] + list(range(1000, 1000 + n - 2)) + [102]\n");
    for (String line : UsageSnippets.PYTHON_WINDOWS.split("\n")) {
      program.append("    ").append(line).append('\n');
    }
    program.append("    print(json.dumps(windows))\n");
    Path file = tmp.resolve("windows.py");
    Files.writeString(file, program);
    Process process = new ProcessBuilder("python3", file.toString()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(err).isZero();

    String[] lines = out.strip().split("\n");
    assertThat(lines).hasSize(LENGTHS.length);
    for (int k = 0; k < LENGTHS.length; k++) {
      long[] ids =
          LongStream.concat(
                  LongStream.concat(
                      LongStream.of(101), LongStream.range(1000, 1000 + LENGTHS[k] - 2)),
                  LongStream.of(102))
              .toArray();
      JsonNode windows = Json.mapper().readTree(lines[k]);
      assertThat(longs(windows.get(0)))
          .as("head of %d", LENGTHS[k])
          .isEqualTo(TokenWindows.head(ids));
      assertThat(longs(windows.get(1)))
          .as("tail of %d", LENGTHS[k])
          .isEqualTo(TokenWindows.tail(ids));
    }
  }

  private static String pythonList() {
    List<String> items = new ArrayList<>();
    for (int n : LENGTHS) {
      items.add(Integer.toString(n));
    }
    return "(" + String.join(", ", items) + ")";
  }

  private static long[] longs(JsonNode array) {
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asLong();
    }
    return values;
  }
}
