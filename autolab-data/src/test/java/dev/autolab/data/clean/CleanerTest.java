package dev.autolab.data.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  void emailColumnsLoseHeadersAndQuotesAndCountThem() {
    List<Row> rows = new ArrayList<>();
    String[] mails = {
      "From: ann@example.org\nSubject: lunch plans for friday\n\nShall we meet at noon?",
      "Works for me, see you at noon then.\n> Shall we meet at noon?",
      "No mail parts in this one, just words."
    };
    for (int i = 0; i < mails.length; i++) {
      Map<String, String> v = new HashMap<>();
      v.put("body", mails[i]);
      v.put("label", "Subject: kept, as the column is not an e-mail column");
      rows.add(new Row("f.csv", i + 2, v));
    }
    Cleaner cleaner = Cleaner.decide(List.of("body", "label"), rows, Set.of("body"));

    List<Row> cleaned = rows.stream().map(cleaner::clean).toList();

    assertThat(cleaned)
        .extracting(r -> r.get("body"))
        .containsExactly(
            "lunch plans for friday\nShall we meet at noon?",
            "Works for me, see you at noon then.",
            mails[2]);
    assertThat(cleaned).extracting(r -> r.get("label")).containsOnly(rows.get(0).get("label"));
    assertThat(cleaner.repairs())
        .containsEntry("e-mail headers removed", 1L)
        .containsEntry("quoted reply removed", 1L);
    assertThat(cleaner.decisions())
        .containsExactly(
            "column 'body': e-mail headers (but the subject) and quoted replies removed");
    assertThat(cleaner.spec()).extracting(ColumnCleaning::email).containsExactly(true, false);
  }

  @Test
  void emailColumnsAreTheFreeTextOnesButTheTarget() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Map<String, String> v = new HashMap<>();
      v.put("body", "message number " + i + " with enough words to read as prose");
      v.put("short", "k" + (i % 2));
      v.put("y", i % 2 == 0 ? "ham" : "spam");
      rows.add(new Row("f.csv", i + 2, v));
    }
    List<String> columns = List.of("body", "short", "y");

    assertThat(Cleaner.emailColumns(columns, rows, "y", null)).containsExactly("body");
    assertThat(Cleaner.emailColumns(columns, rows, "y", "short")).containsExactly("body", "short");
    assertThatThrownBy(() -> Cleaner.emailColumns(List.of("short", "y"), rows, "y", null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--email cleans free-text columns, and none of short, y");
  }

  @Test
  void aSavedEmailDecisionCleansAsTheDecidedOneDid() throws Exception {
    ColumnCleaning spec = new ColumnCleaning("body", false, null, false, false, null, true);
    String json = Json.mapper().writeValueAsString(spec);
    Cleaner again = Cleaner.of(List.of(Json.mapper().readValue(json, ColumnCleaning.class)));

    Row row = new Row("f.csv", 2, Map.of("body", "thanks!\n> original question"));
    assertThat(again.clean(row).get("body")).isEqualTo("thanks!");
  }

  @Test
  void decisionsSavedBeforeEmailCleaningStillRead() throws Exception {
    // as a model package written before e-mail cleaning existed holds them
    String old = "{\"column\":\"text\",\"number_forms\":false,\"html\":true,\"booleans\":false}";
    ColumnCleaning spec = Json.mapper().readValue(old, ColumnCleaning.class);

    assertThat(spec).isEqualTo(new ColumnCleaning("text", false, null, true, false, null));
    assertThat(Json.mapper().writeValueAsString(spec)).doesNotContain("email");
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
