package dev.autolab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSchemaTest {
  private static final ColumnSchema TEXT = new ColumnSchema("body", ColumnType.TEXT);
  private static final ColumnSchema NUMBER = new ColumnSchema("size", ColumnType.NUMERIC);

  @Test
  void tabularFeaturesAreAnyButText() {
    List<String> classes = List.of("a", "b");
    assertThat(new DatasetSchema(List.of(TEXT), "y", Task.CLASSIFICATION, classes))
        .matches(s -> !s.hasTabularFeatures());
    assertThat(new DatasetSchema(List.of(TEXT, NUMBER), "y", Task.CLASSIFICATION, classes))
        .matches(DatasetSchema::hasTabularFeatures);
  }

  @Test
  void classificationNeedsTwoClassesAndRegressionNone() {
    assertThatThrownBy(
            () -> new DatasetSchema(List.of(NUMBER), "y", Task.CLASSIFICATION, List.of("a")))
        .hasMessageContaining("at least two classes in 'y'");
    assertThatThrownBy(() -> new DatasetSchema(List.of(NUMBER), "y", Task.REGRESSION, List.of("a")))
        .hasMessageContaining("regression has no classes");
  }
}
