package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.ProgressListener;
import dev.autolab.data.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyReviewTest {
  @TempDir Path dir;

  private PreparedDataset prepare(Path data, Path review) {
    PrepareOptions options =
        new PrepareOptions(List.of(), ReadOptions.DEFAULTS, review, true, false);
    return new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
        .prepare(new PrepareRequest(data, "y", null, null, null, null, 1, options));
  }

  private Path export(String row, String label) throws IOException {
    ArrayNode tasks = Json.mapper().createArrayNode();
    ObjectNode task = tasks.addObject();
    task.putObject("data").put("row", row);
    task.putArray("annotations")
        .addObject()
        .putArray("result")
        .addObject()
        .putObject("value")
        .putArray("choices")
        .add(label);
    Path file = dir.resolve("export.json");
    Json.mapper().writeValue(file.toFile(), tasks);
    return file;
  }

  @Test
  void reviewedLabelsReplaceTheGivenOnesByRowName() throws IOException {
    Path data = TestFiles.classification(dir.resolve("d.csv"), 0, 60);
    Path review = export(data + ":4", "c"); // line 4 holds x=1.0, labelled "a"

    PreparedDataset d = prepare(data, review);

    assertThat(d.profile().labelIssues().relabeled()).isEqualTo(1);
    assertThat(d.train().stream().filter(r -> r.line() == 4).findFirst())
        .hasValueSatisfying(r -> assertThat(r.get("y")).isEqualTo("c"));
  }

  @Test
  void aReviewOfOtherDataIsRefused() throws IOException {
    Path data = TestFiles.classification(dir.resolve("d.csv"), 0, 60);
    Path review = export("elsewhere.csv:4", "c");

    assertThatThrownBy(() -> prepare(data, review))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("none of the 1 reviewed rows");
  }
}
