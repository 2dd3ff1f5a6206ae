package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input a user can fix is refused with a message that says what to do. */
class PreparerErrorsTest {
  @TempDir Path dir;

  private static void prepare(PrepareRequest request) {
    new Preparer(ProgressListener.NONE, PreparerTest.CLOCK).prepare(request);
  }

  private static PrepareRequest request(Path data, String target) {
    return new PrepareRequest(data, target, null, null, null, null, 1);
  }

  @Test
  void anUnknownTargetListsTheColumnsThatExist() {
    Path data = TestFiles.fixture("penguins.csv");
    assertThatThrownBy(() -> prepare(request(data, "Species")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("target column 'Species' is not in")
        .hasMessageContaining("species, island, bill_length_mm")
        .hasMessageContaining("did you mean 'species'?");
  }

  @Test
  void anUnknownTextColumnIsNamed() {
    Path data = TestFiles.fixture("penguins.csv");
    assertThatThrownBy(
            () -> prepare(new PrepareRequest(data, "species", "review", null, null, null, 1)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("text column 'review'");
  }

  @Test
  void aSingleClassTargetIsRefused() {
    Path data = TestFiles.write(dir.resolve("one.csv"), List.of("x,y", "1,a", "2,a", "3,NA"));
    assertThatThrownBy(() -> prepare(request(data, "y")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("the same value ('a') in all 2 rows");
  }

  @Test
  void aTargetMissingEverywhereIsRefused() {
    Path data = TestFiles.write(dir.resolve("none.csv"), List.of("x,y", "1,", "2,NA"));
    assertThatThrownBy(() -> prepare(request(data, "y")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no usable rows")
        .hasMessageContaining("missing target");
  }

  @Test
  void aColumnMissingFromTheTestFileNamesFileAndColumn() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 30);
    Path test = TestFiles.write(dir.resolve("test.csv"), List.of("x,size,y", "1,2,a"));
    assertThatThrownBy(() -> prepare(new PrepareRequest(data, "y", null, null, null, test, 1)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("test file " + test)
        .hasMessageContaining("no column 'color'");
  }

  @Test
  void dataWithoutFeaturesIsRefused() {
    Path data = TestFiles.write(dir.resolve("bare.csv"), List.of("id,y", "1,a", "2,b", "3,a"));
    assertThatThrownBy(() -> prepare(request(data, "y")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no usable feature columns")
        .hasMessageContaining("id: ");
  }

  @Test
  void aMissingTestFileIsNamed() {
    Path data = TestFiles.classification(dir.resolve("data.csv"), 0, 30);
    Path test = dir.resolve("missing-test.csv");
    assertThatThrownBy(() -> prepare(new PrepareRequest(data, "y", null, null, null, test, 1)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("missing-test.csv");
  }
}
