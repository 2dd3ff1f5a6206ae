package dev.autolab.train;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {
  @TempDir Path dir;

  @Test
  void emptyDirectoryIsNotAModel() {
    assertThatThrownBy(() -> ModelLoader.load(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("model.json");
  }

  @Test
  void unknownFamilyIsNamed() throws IOException {
    Files.writeString(
        dir.resolve("model.json"),
        "{\"schemaVersion\":1,\"family\":\"forest\",\"schema\":{\"features\":[],\"target\":\"y\","
            + "\"task\":\"REGRESSION\",\"classes\":[]},\"hyperparameters\":{}}");
    assertThatThrownBy(() -> ModelLoader.load(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("forest");
  }

  @Test
  void missingFamilyFilesAreBadInput() throws IOException {
    Files.writeString(
        dir.resolve("model.json"),
        "{\"schemaVersion\":1,\"family\":\"linear\",\"schema\":{\"features\":[],\"target\":\"y\","
            + "\"task\":\"REGRESSION\",\"classes\":[]},\"hyperparameters\":{}}");
    assertThatThrownBy(() -> ModelLoader.load(dir)).isInstanceOf(BadInputException.class);
  }

  @Test
  void newerFormatIsRefused() throws IOException {
    Files.writeString(
        dir.resolve("model.json"),
        "{\"schemaVersion\":2,\"family\":\"linear\",\"schema\":{\"features\":[],\"target\":\"y\",\"task\":\"REGRESSION\",\"classes\":[]},\"hyperparameters\":{}}");
    assertThatThrownBy(() -> ModelLoader.load(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("schemaVersion 2");
  }
}
