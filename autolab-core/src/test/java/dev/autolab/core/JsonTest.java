package dev.autolab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
  @TempDir Path dir;

  @Test
  void anAtomicWriteReplacesTheFileAndLeavesNothingBeside() {
    Path file = dir.resolve("sub/run.json");
    Json.writeAtomically(file, Map.of("status", "running"));
    Json.writeAtomically(file, Map.of("status", "finished"));

    assertThat(Json.read(file, Map.class)).containsEntry("status", "finished");
    assertThat(file.getParent()).isDirectoryContaining(p -> p.equals(file));
    assertThat(Files.exists(file.resolveSibling("run.json.partial"))).isFalse();
  }
}
