package dev.autolab.registry.remote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.registry.store.Manifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitRemoteTest {
  private static final Manifest BIG =
      new Manifest(
          1,
          List.of(
              new Manifest.Entry("README.md", "a", 100),
              new Manifest.Entry("model.onnx", "b", GitRemote.HUB_PLAIN_FILE_LIMIT + 1)));

  @Test
  void aHubRepositoryRefusesFilesThatWouldNeedLfsBeforeAnythingIsSent() {
    assertThatThrownBy(() -> GitRemote.checkLargeFiles("https://huggingface.co/team/model", BIG))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("model.onnx")
        .hasMessageContaining("Git LFS");
    assertThatCode(() -> GitRemote.checkLargeFiles("file:///tmp/models.git", BIG))
        .doesNotThrowAnyException();
  }
}
