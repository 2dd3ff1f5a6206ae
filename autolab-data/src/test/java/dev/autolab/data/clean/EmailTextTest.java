package dev.autolab.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTextTest {
  @Test
  void theHeaderBlockGoesButTheSubjectStays() {
    String mail =
        String.join(
            "\r\n",
            "Received: from mail.example.org (mail.example.org [192.0.2.1])",
            "\tby mx.example.com with ESMTP id 12345;",
            "From: Ann Lee <ann@example.org>",
            "To: team@example.com",
            "Subject: Quarterly numbers",
            "  and the budget",
            "Date: Mon, 3 Jun 2024 10:02:00 +0200",
            "Message-ID: <abc@example.org>",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Hi all,",
            "the numbers are in.");

    EmailText.Stripped s = EmailText.strip(mail);

    assertThat(s.text())
        .isEqualTo("Quarterly numbers and the budget\nHi all,\nthe numbers are in.");
    assertThat(s.headers()).isTrue();
    assertThat(s.quotes()).isFalse();
  }

  @Test
  void aSubjectLineRightBeforeTheMessageIsAHeaderToo() {
    EmailText.Stripped s = EmailText.strip("Subject: cheap meds\nBuy now, limited offer");
    assertThat(s.text()).isEqualTo("cheap meds\nBuy now, limited offer");
  }

  @Test
  void quotedLinesAndEverythingAfterAnAttributionGo() {
    String reply =
        String.join(
            "\n",
            "Yes, Thursday works.",
            "> Can we meet on Thursday?",
            "> Ann",
            "Bob",
            "",
            "On Mon, 3 Jun 2024 at 10:02, Ann Lee <ann@example.org> wrote:",
            "Earlier text without quote marks",
            "that a client left unquoted.");

    EmailText.Stripped s = EmailText.strip(reply);

    assertThat(s.text()).isEqualTo("Yes, Thursday works.\nBob");
    assertThat(s.quotes()).isTrue();
    assertThat(s.headers()).isFalse();
  }

  @Test
  void aWrappedAttributionAndOutlooksSeparatorStartTheReplyToo() {
    assertThat(
            EmailText.strip(
                    "Sounds good.\nOn Tue, Jun 4, 2024 at 9:15 AM Ann Lee <\nann@example.org> wrote:"
                        + "\nold text")
                .text())
        .isEqualTo("Sounds good.");
    assertThat(
            EmailText.strip(
                    "Agreed.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\nold text")
                .text())
        .isEqualTo("Agreed.");
  }

  @Test
  void proseIsLeftAlone() {
    for (String text :
        new String[] {
          "Note: the meeting moved.\nIt is now at noon.",
          "On Monday my boss wrote: nothing.",
          "On Monday my boss wrote:\nbring the report",
          "Price: 20 dollars\nSee http://example.com",
          "plain words, no mail here"
        }) {
      EmailText.Stripped s = EmailText.strip(text);
      assertThat(s.text()).as(text).isEqualTo(text);
      assertThat(s.headers() || s.quotes()).as(text).isFalse();
    }
  }

  @Test
  void aTextIsNeverEmptied() {
    String onlyQuoted = "> all of it\n> is quoted";
    EmailText.Stripped s = EmailText.strip(onlyQuoted);
    assertThat(s.text()).isEqualTo(onlyQuoted);
    assertThat(s.quotes()).isFalse();
  }
}
