package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.data.profile.InputProfile;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeveralFilesTest {
  @TempDir Path dir;

  @Test
  void aFolderIsReadAsOneDataSetInNameOrder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("parts"));
    TestFiles.classification(folder.resolve("b.csv"), 100, 40);
    TestFiles.classification(folder.resolve("a.csv"), 0, 40);
    Files.writeString(folder.resolve("notes.md"), "not data");
    byte[] part = Files.readAllBytes(TestFiles.classification(dir.resolve("c.csv"), 200, 40));
    try (OutputStream out =
        new ZstdOutputStream(Files.newOutputStream(folder.resolve("c.csv.zst")))) {
      out.write(part);
    }

    PreparedDataset d = PreparerTest.prepare(folder, "y", 1);

    assertThat(d.profile().inputs())
        .extracting(InputProfile::path)
        .containsExactly(
            folder.resolve("a.csv").toString(),
            folder.resolve("b.csv").toString(),
            folder.resolve("c.csv.zst").toString());
    assertThat(d.profile().rowsRead()).isEqualTo(120);
    assertThat(
            d.profile().rowsUsed() + d.profile().rowsQuarantined() + d.profile().rowsDuplicates())
        .isEqualTo(120);
  }

  @Test
  void aFolderWithoutDataFilesIsBadInput() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> PreparerTest.prepare(folder, "y", 1))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("holds no data files");
  }

  @Test
  void parquetIsRefusedWithAConversionHint() throws IOException {
    Path file = Files.write(dir.resolve("data.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});
    assertThatThrownBy(() -> PreparerTest.prepare(file, "y", 1))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Parquet");
  }
}
