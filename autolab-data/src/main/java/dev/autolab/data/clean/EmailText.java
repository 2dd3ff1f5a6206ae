package dev.autolab.data.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The message of an e-mail kept as text: the leading block of header lines (From:, To:, Received:,
 * ... up to the first blank line) is removed but for the subject, which carries meaning; quoted
 * replies are removed too, both lines that start with "&gt;" and everything from a line such as "On
 * Mon, 3 Jun 2024, Ann &lt;ann@example.com&gt; wrote:" (one line or two) or "-----Original
 * Message-----" on.
 *
 * <p>Written here rather than taken from a library: Apache James mime4j (the maintained MIME parser
 * on Maven Central) parses whole RFC 5322 messages, not a header block pasted into a CSV field, and
 * does not find quoted replies; the reply parsers (GitHub's email_reply_parser, Mailgun's talon)
 * are Ruby and Python, and their Java ports are unmaintained or not on Maven Central. The rules
 * below are those parsers' core cases.
 */
final class EmailText {
  /** A header line: a field name, a colon, its value. */
  private static final Pattern HEADER =
      Pattern.compile("^([A-Za-z][A-Za-z0-9-]{0,60}):(?!//)(.*)$");

  /**
   * Field names that show a block of "Name: value" lines is a mail's header rather than prose that
   * happens to start with "Note: ...".
   */
  private static final Set<String> MAIL_FIELDS =
      Set.of(
          "from",
          "to",
          "cc",
          "bcc",
          "subject",
          "date",
          "received",
          "message-id",
          "reply-to",
          "return-path",
          "sender",
          "in-reply-to",
          "references",
          "mime-version",
          "content-type",
          "content-transfer-encoding",
          "delivered-to",
          "envelope-to",
          "x-mailer",
          "user-agent",
          "thread-topic",
          "thread-index",
          "importance",
          "sent");

  /**
   * "On &lt;date&gt;, &lt;name&gt; wrote:", the attribution line of most mail clients' replies. It
   * must hold a digit (the date's), so that "On Monday my boss wrote:" in a message is kept.
   */
  private static final Pattern ON_WROTE =
      Pattern.compile("^\\s*On\\s(?=.*\\d).{0,250}\\swrote:\\s*$");

  /** Outlook's separator before the message replied to. */
  private static final Pattern ORIGINAL =
      Pattern.compile("^\\s*-{2,}\\s*Original Message\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * The text without its header block and quoted replies.
   *
   * @param text the text
   * @param headers whether a header block was removed
   * @param quotes whether quoted replies were removed
   */
  record Stripped(String text, boolean headers, boolean quotes) {}

  private EmailText() {}

  /** {@code text} stripped; unchanged (both flags false) when nothing would be left. */
  static Stripped strip(String text) {
    List<String> lines = List.of(text.split("\\R", -1));
    int start = firstNonBlank(lines);
    int bodyStart = headerEnd(lines, start);
    boolean headers = bodyStart > start;
    List<String> kept = new ArrayList<>();
    if (headers) {
      String subject = subject(lines.subList(start, bodyStart));
      if (!subject.isEmpty()) {
        kept.add(subject);
      }
    }
    int quoted = 0;
    List<String> body = lines.subList(headers ? bodyStart : 0, lines.size());
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      if (startsReply(body, i)) {
        quoted += body.size() - i;
        break;
      }
      if (line.stripLeading().startsWith(">")) {
        quoted++;
      } else {
        kept.add(line);
      }
    }
    if (!headers && quoted == 0) {
      return new Stripped(text, false, false);
    }
    String stripped = String.join("\n", kept).strip();
    return stripped.isEmpty()
        ? new Stripped(text, false, false)
        : new Stripped(stripped, headers, quoted > 0);
  }

  private static int firstNonBlank(List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /**
   * Where the message starts after a header block beginning at {@code start}, past the blank line
   * that ends it; {@code start} when there is no header block. A block is header lines and their
   * folded continuations (lines starting with white space); it counts as a mail's header when it
   * names a mail field and either ends at a blank line (or the text's end) or holds the subject
   * (some exports put the message right after "Subject: ...").
   */
  private static int headerEnd(List<String> lines, int start) {
    int i = start;
    boolean mail = false;
    boolean subject = false;
    while (i < lines.size()) {
      String line = lines.get(i);
      var header = HEADER.matcher(line);
      if (header.matches()) {
        String name = header.group(1).toLowerCase(Locale.ROOT);
        mail |= MAIL_FIELDS.contains(name) || name.startsWith("x-");
        subject |= name.equals("subject");
      } else if (i == start || line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
        break;
      }
      i++;
    }
    if (!mail || i == start) {
      return start;
    }
    boolean blankEnd = i == lines.size() || lines.get(i).isBlank();
    if (blankEnd) {
      return Math.min(i + 1, lines.size());
    }
    return subject ? i : start;
  }

  /** The subject's value, its folded lines joined, from a header block. */
  private static String subject(List<String> block) {
    StringBuilder subject = new StringBuilder();
    boolean inSubject = false;
    for (String line : block) {
      var header = HEADER.matcher(line);
      if (header.matches()) {
        inSubject = header.group(1).equalsIgnoreCase("subject");
        if (inSubject) {
          subject.append(header.group(2).strip());
        }
      } else if (inSubject) {
        subject.append(' ').append(line.strip());
      }
    }
    return subject.toString().strip();
  }

  /** Whether a quoted reply starts at {@code lines[i]}: its attribution or separator line. */
  private static boolean startsReply(List<String> lines, int i) {
    String line = lines.get(i);
    if (ORIGINAL.matcher(line).matches() || ON_WROTE.matcher(line).matches()) {
      return true;
    }
    // clients wrap a long attribution: "On Mon, 3 Jun 2024 at 10:02, Ann Lee <" / "ann@x.org>
    // wrote:"
    return i + 1 < lines.size()
        && line.stripLeading().startsWith("On ")
        && ON_WROTE.matcher(line + " " + lines.get(i + 1).strip()).matches();
  }
}
