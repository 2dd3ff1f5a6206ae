package dev.autolab.data.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFoldersTest {
  @TempDir Path dir;

  @Test
  void classSubfoldersBecomeRowsOfPathAndLabel() throws IOException {
    touch("dog/b.png");
    touch("cat/a.JPG");
    touch("cat/.DS_Store");
    touch("dog/notes.txt");
    Table table = TableReader.read(dir);
    assertThat(table.columns()).containsExactly(ImageFolders.IMAGE, ImageFolders.LABEL);
    List<Row> rows = table.rows();
    assertThat(rows).extracting(r -> r.get("label")).containsExactly("cat", "dog");
    assertThat(Path.of(rows.get(0).get("image")))
        .isAbsolute()
        .isEqualTo(dir.resolve("cat/a.JPG").toAbsolutePath());
    assertThat(table.quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reason()).contains("not an image file");
              assertThat(q.raw()).endsWith("notes.txt");
            });
  }

  @Test
  void aFolderWithoutSubfoldersIsRefusedWithTheLayoutToUse() throws IOException {
    touch("a.png");
    assertThatThrownBy(() -> TableReader.read(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("has no class subfolders")
        .hasMessageContaining("cat");
  }

  @Test
  void subfoldersWithoutImagesAreRefused() throws IOException {
    touch("cat/readme.txt");
    assertThatThrownBy(() -> TableReader.read(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no images in the class subfolders");
  }

  @Test
  void imageColumnsAreRecognisedByExtension() {
    List<Row> rows =
        List.of(
            new Row("f.csv", 1, java.util.Map.of("p", "img/1.png")),
            new Row("f.csv", 2, java.util.Map.of("p", "img/2.jpeg")));
    assertThat(ImageColumns.isImageColumn("p", rows)).isTrue();
    List<Row> mixed = List.of(rows.get(0), new Row("f.csv", 3, java.util.Map.of("p", "x")));
    assertThat(ImageColumns.isImageColumn("p", mixed)).isFalse();
  }

  private void touch(String path) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }
}
