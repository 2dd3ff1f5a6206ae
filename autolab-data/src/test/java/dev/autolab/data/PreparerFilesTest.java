package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --valid and --test files: they are the splits, and their rows never reach training. */
class PreparerFilesTest {
  @TempDir Path dir;

  private PreparedDataset prepare(Path data, Path valid, Path test) {
    return new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
        .prepare(new PrepareRequest(data, "y", null, null, valid, test, 9));
  }

  private static List<String> sources(List<Row> rows) {
    return rows.stream().map(Row::source).distinct().toList();
  }

  @Test
  void aTestFileIsTheTestSplitAndTheDataIsSplitEightToOne() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 90);
    Path test = TestFiles.classification(dir.resolve("test.csv"), 1000, 20);

    PreparedDataset d = prepare(data, null, test);

    assertThat(d.test()).hasSize(20);
    assertThat(sources(d.test())).containsExactly(test.toString());
    assertThat(sources(d.train())).containsExactly(data.toString());
    assertThat(sources(d.valid())).containsExactly(data.toString());
    assertThat(d.split())
        .extracting("method", "train", "valid", "test")
        .containsExactly("files", 80, 10, 20);
    assertThat(d.profile().inputs()).extracting("role").containsExactly("data", "test");
    assertThat(d.profile().rowsRead()).isEqualTo(110);
  }

  @Test
  void aValidFileIsTheValidSplitAndTheDataIsSplitIntoTrainAndTest() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 90);
    Path valid = TestFiles.classification(dir.resolve("valid.csv"), 1000, 15);

    PreparedDataset d = prepare(data, valid, null);

    assertThat(sources(d.valid())).containsExactly(valid.toString());
    assertThat(d.split()).extracting("train", "valid", "test").containsExactly(80, 15, 10);
  }

  @Test
  void withBothFilesTheDataIsAllTrain() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 50);
    Path valid = TestFiles.classification(dir.resolve("valid.csv"), 100, 10);
    Path test = TestFiles.classification(dir.resolve("test.csv"), 200, 10);

    PreparedDataset d = prepare(data, valid, test);

    assertThat(d.train()).hasSize(50);
    assertThat(d.train()).extracting(Row::line).isSorted();
    assertThat(sources(d.test())).containsExactly(test.toString());
  }

  @Test
  void aGivenTestFileStaysWholeAndItsOverlapWithTrainIsReported() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 40);
    Path test = TestFiles.classification(dir.resolve("test.csv"), 20, 40);

    PreparedDataset d = prepare(data, null, test);

    assertThat(d.test()).hasSize(40);
    assertThat(d.profile().rowsRead()).isEqualTo(80);
    assertThat(d.profile().rowsDuplicates()).isZero();
    assertThat(d.profile().problems()).anyMatch(p -> p.contains("of the given valid/test files"));
  }

  @Test
  void testRowsThatRepeatTrainRowsAreRemovedFromAMadeTestSplit() {
    List<String> lines = new ArrayList<>(List.of("x,size,color,y"));
    for (int i = 0; i < 60; i++) {
      lines.add(i + "," + i % 4 + ",red," + (i % 2 == 0 ? "a" : "b"));
    }
    for (int i = 0; i < 60; i++) {
      // same features as row i, other target: not an exact duplicate, but a leak once split apart
      lines.add(i + "," + i % 4 + ",red," + (i % 2 == 0 ? "b" : "a"));
    }
    Path data = TestFiles.write(dir.resolve("data.csv"), lines);

    PreparedDataset d = prepare(data, null, null);

    long removed = d.profile().rowsDuplicates();
    assertThat(removed).isPositive();
    assertThat(d.train().size() + d.valid().size() + d.test().size() + removed).isEqualTo(120);
  }

  @Test
  void extraColumnsOfASplitFileAreDroppedAndOrderFollowsTheData() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 40);
    List<String> lines = new ArrayList<>(List.of("note,y,size,color,x"));
    for (int i = 0; i < 10; i++) {
      lines.add("n" + i + ",a," + i % 4 + ",red," + i);
    }
    Path test = TestFiles.write(dir.resolve("test.csv"), lines);

    PreparedDataset d = prepare(data, null, test);

    assertThat(d.test().get(0).values()).containsOnlyKeys("x", "color", "size", "y");
    assertThat(List.copyOf(d.test().get(0).values().keySet()))
        .containsExactly("x", "color", "size", "y");
  }
}
