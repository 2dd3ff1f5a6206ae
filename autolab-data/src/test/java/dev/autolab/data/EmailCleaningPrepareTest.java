package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ProgressListener;
import dev.autolab.data.clean.ColumnCleaning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --email} through the whole prepare: rows, repairs, decisions, the saved cleaning. */
class EmailCleaningPrepareTest {
  @TempDir Path dir;

  private Path mails() {
    List<String> lines = new ArrayList<>(List.of("body,label"));
    for (int i = 0; i < 30; i++) {
      String body =
          i % 2 == 0
              ? "From: shop" + i + "@example.com\nSubject: offer number " + i + "\n\nBuy cheap now"
              : "Thanks for the notes on item " + i + ", see you then.\n> notes on item " + i;
      lines.add("\"" + body + "\"," + (i % 2 == 0 ? "spam" : "ham"));
    }
    return TestFiles.write(dir.resolve("mails.csv"), lines);
  }

  private PreparedDataset prepare(boolean emails) {
    PrepareOptions options = PrepareOptions.DEFAULTS.withEmails(emails);
    return new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
        .prepare(new PrepareRequest(mails(), "label", null, null, null, null, 1, options));
  }

  @Test
  void headersAndQuotesAreRemovedAndCounted() {
    PreparedDataset d = prepare(true);

    List<String> bodies = new ArrayList<>();
    List.of(d.train(), d.valid(), d.test()).forEach(s -> s.forEach(r -> bodies.add(r.get("body"))));
    assertThat(bodies)
        .hasSize(30)
        .contains("offer number 0\nBuy cheap now")
        .contains("Thanks for the notes on item 1, see you then.")
        .noneMatch(body -> body.contains("From:") || body.contains(">"));
    assertThat(d.profile().repairs())
        .containsEntry("e-mail headers removed", 15L)
        .containsEntry("quoted reply removed", 15L);
    assertThat(d.profile().problems())
        .contains("column 'body': e-mail headers (but the subject) and quoted replies removed");
    assertThat(d.cleaning())
        .filteredOn(c -> c.column().equals("body"))
        .extracting(ColumnCleaning::email)
        .containsExactly(true);
  }

  @Test
  void withoutTheOptionMailsAreLeftAsTheyAre() {
    PreparedDataset d = prepare(false);

    assertThat(d.train()).anyMatch(r -> r.get("body").startsWith("From: shop"));
    assertThat(d.profile().repairs()).doesNotContainKey("e-mail headers removed");
    assertThat(d.cleaning()).noneMatch(ColumnCleaning::email);
  }
}
