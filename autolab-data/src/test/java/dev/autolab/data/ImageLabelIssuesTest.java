package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLabelIssuesTest {
  @TempDir Path dir;

  @Test
  void imageFoldersAreNotSearchedForLabelErrorsAndTheProfileSaysSo() throws IOException {
    for (String label : new String[] {"cat", "dog"}) {
      Files.createDirectories(dir.resolve(label));
      for (int i = 0; i < 60; i++) {
        Files.write(dir.resolve(label + "/" + i + ".png"), new byte[] {1});
      }
    }

    PreparedDataset d =
        new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(dir, "label", null, null, null, null, 1));

    assertThat(d.labels().issues()).isEmpty();
    assertThat(d.profile().rowsQuarantined()).isZero();
    assertThat(d.profile().problems())
        .contains("label errors not searched: the finder's model cannot read images");
  }
}
