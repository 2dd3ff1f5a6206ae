package dev.autolab.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static List<Row> rows(String column, List<String> values) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Map<String, String> v = new HashMap<>();
      v.put(column, values.get(i));
      rows.add(new Row("f.csv", i + 2, v));
    }
    return rows;
  }

  private static List<String> cleaned(String column, List<String> values) {
    List<Row> rows = rows(column, values);
    Cleaner cleaner = Cleaner.decide(List.of(column), rows);
    return rows.stream().map(cleaner::clean).map(r -> r.get(column)).toList();
  }

  @Test
  void numbersWithSeparatorsAndOneUnitBecomePlain() {
    assertThat(cleaned("price", List.of("$1,200", "$35", "$12,500.50", "$7")))
        .containsExactly("1200", "35", "12500.50", "7");
    assertThat(cleaned("weight", List.of("12 kg", "3 lb", "5 kg")))
        .as("two units: left alone")
        .containsExactly("12 kg", "3 lb", "5 kg");
  }

  @Test
  void sentinelsOfNumericColumnsAreMissing() {
    assertThat(cleaned("depth", List.of("12.5", "-999", "13.1", "11.0")))
        .containsExactly("12.5", null, "13.1", "11.0");
    assertThat(cleaned("code", List.of("a", "-999", "b")))
        .as("not a numeric column")
        .containsExactly("a", "-999", "b");
  }

  @Test
  void htmlBecomesTextAndMojibakeIsRepairedOnlyWhenCertain() {
    assertThat(cleaned("body", List.of("<p>Hello <b>there</b></p>", "plain words")))
        .containsExactly("Hello there", "plain words");
    assertThat(cleaned("city", List.of("cafÃ© au lait", "donâ€™t", "SÃO PAULO")))
        .containsExactly("café au lait", "don’t", "SÃO PAULO");
  }

  @Test
  void repairsAreCountedByKind() {
    List<Row> rows = rows("price", List.of("1,000", "2,000", "30"));
    Cleaner cleaner = Cleaner.decide(List.of("price"), rows);
    rows.forEach(cleaner::clean);

    assertThat(cleaner.repairs()).containsEntry("number with separators or unit made plain", 2L);
    assertThat(cleaner.decisions()).singleElement().asString().startsWith("column 'price'");
  }

  @Test
  void booleanSpellingsAndDateLayoutsAreUnified() {
    assertThat(cleaned("member", List.of("Yes", "no", "yes", "N")))
        .containsExactly("true", "false", "true", "false");
    assertThat(cleaned("day", List.of("05.03.2024", "31.12.2023", "01.01.2024")))
        .containsExactly("2024-03-05", "2023-12-31", "2024-01-01");
    assertThat(cleaned("answer", List.of("yes", "no")))
        .as("one spelling each: nothing to unify")
        .containsExactly("yes", "no");
  }
}
