package dev.autolab.data.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStudioTest {
  @TempDir Path dir;

  @Test
  void tasksCarryTheGivenLabelAsAPredictionAndAnExportReadsBack() throws IOException {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(new ColumnSchema("text", ColumnType.TEXT)),
            "label",
            Task.CLASSIFICATION,
            List.of("ham", "spam"));
    Row row = new Row("m.csv", 9, Map.of("text", "free cash now", "label", "ham"));
    LabelIssue issue =
        new LabelIssue(1, "m.csv:9", "m.csv", 9, "ham", "spam", 0.03, Map.of("ham", 0.03));

    ArrayNode tasks = LabelStudio.tasks(schema, List.of(issue), Map.of("m.csv:9", row));

    assertThat(tasks.get(0).at("/data/text").asText()).isEqualTo("free cash now");
    assertThat(tasks.get(0).at("/predictions/0/result/0/value/choices/0").asText())
        .isEqualTo("ham");
    assertThat(LabelStudio.config(schema.classes())).contains("<Choice value=\"spam\"/>");

    // what Label Studio exports after a reviewer picked "spam"
    ObjectNode exported = (ObjectNode) tasks.get(0).deepCopy();
    ObjectNode annotation = exported.putArray("annotations").addObject();
    annotation.putArray("result").addObject().putObject("value").putArray("choices").add("spam");
    Path file = dir.resolve("export.json");
    Json.mapper().writeValue(file.toFile(), Json.mapper().createArrayNode().add(exported));

    assertThat(LabelStudio.reviewed(file)).containsExactly(Map.entry("m.csv:9", "spam"));
  }
}
