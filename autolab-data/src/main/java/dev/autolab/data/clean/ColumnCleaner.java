package dev.autolab.data.clean;

import dev.autolab.core.Row;
import dev.autolab.data.read.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * What cleaning one column needs, decided from all its values: numbers written for people made
 * plain, sentinel values (-999 and kin) made missing, HTML made text. Mojibake is repaired in every
 * column. E-mail headers and quoted replies are removed from the columns the caller names (see
 * {@link EmailText}), after the other repairs.
 */
final class ColumnCleaner {
  /** Share of present values a number form must cover for the column to be rewritten. */
  static final double NUMBER_FORM_SHARE = 0.95;

  /** Share of values with HTML tags from which a column is taken for HTML. */
  static final double HTML_SHARE = 0.05;

  private static final Set<String> SENTINELS =
      Set.of("-999", "-9999", "-99999", "-999999", "999999", "99999", "9999", "-99", "-1e9");

  private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>");

  /** Spellings of true and false that are unified when a column uses only them. */
  private static final Map<String, String> BOOLEANS =
      Map.of(
          "true", "true", "false", "false", "yes", "true", "no", "false", "y", "true", "n", "false",
          "t", "true", "f", "false");

  static final String EMAIL_HEADERS = "e-mail headers removed";
  static final String QUOTED_REPLIES = "quoted reply removed";

  final String column;
  private final boolean numberForms;
  private final String sentinel;
  private final boolean html;
  private final boolean booleans;
  private final String dateLayout;
  private final boolean email;

  /**
   * A cleaned value and the kinds of repair that made it.
   *
   * @param value the value (null when it was read as missing)
   * @param kinds the kinds of repair, as counted in the profile
   */
  record Repair(String value, List<String> kinds) {
    Repair {
      kinds = List.copyOf(kinds);
    }

    Repair(String value, String kind) {
      this(value, List.of(kind));
    }
  }

  private ColumnCleaner(
      String column,
      boolean numberForms,
      String sentinel,
      boolean html,
      boolean booleans,
      String dateLayout,
      boolean email) {
    this.column = column;
    this.numberForms = numberForms;
    this.sentinel = sentinel;
    this.html = html;
    this.booleans = booleans;
    this.dateLayout = dateLayout;
    this.email = email;
  }

  /** The cleaner a model's saved decision describes. */
  static ColumnCleaner of(ColumnCleaning spec) {
    return new ColumnCleaner(
        spec.column(),
        spec.numberForms(),
        spec.sentinel(),
        spec.html(),
        spec.booleans(),
        spec.dateLayout(),
        spec.email());
  }

  /** This column's decision, to keep with a model. */
  ColumnCleaning spec() {
    return new ColumnCleaning(column, numberForms, sentinel, html, booleans, dateLayout, email);
  }

  /** The cleaning {@code column} needs; {@code email}: it holds e-mails (the caller decides). */
  static ColumnCleaner decide(String column, List<Row> rows, boolean email) {
    long present = 0;
    long plain = 0;
    long formed = 0;
    long tagged = 0;
    Map<String, Long> units = new HashMap<>();
    Map<String, Long> sentinels = new HashMap<>();
    for (Row row : rows) {
      String v = row.get(column);
      if (v == null) {
        continue;
      }
      present++;
      if (Numbers.isNumber(v)) {
        plain++;
        if (SENTINELS.contains(v)) {
          sentinels.merge(v, 1L, Long::sum);
        }
      } else {
        Optional<NumberFormat.Parsed> p = NumberFormat.parse(v);
        if (p.isPresent()) {
          formed++;
          units.merge(p.get().unit(), 1L, Long::sum);
        }
      }
      tagged += v.indexOf('<') >= 0 && TAG.matcher(v).find() ? 1 : 0;
    }
    boolean oneUnit = units.size() <= 1;
    boolean numberForms = formed > 0 && oneUnit && plain + formed >= NUMBER_FORM_SHARE * present;
    String sentinel =
        (plain + formed >= NUMBER_FORM_SHARE * present) && !sentinels.isEmpty()
            ? sentinels.keySet().iterator().next()
            : null;
    boolean html = present > 0 && tagged >= Math.max(1, HTML_SHARE * present);
    return new ColumnCleaner(
        column,
        numberForms,
        sentinel,
        html,
        booleans(column, rows),
        dateLayout(column, rows, present),
        email);
  }

  /** Only true/false spellings, and more than one way of writing one of them. */
  private static boolean booleans(String column, List<Row> rows) {
    Set<String> spellings = new java.util.HashSet<>();
    for (Row row : rows) {
      String v = row.get(column);
      if (v != null) {
        if (!BOOLEANS.containsKey(v.toLowerCase(java.util.Locale.ROOT)) || spellings.size() > 16) {
          return false;
        }
        spellings.add(v);
      }
    }
    long meanings =
        spellings.stream()
            .map(v -> BOOLEANS.get(v.toLowerCase(java.util.Locale.ROOT)))
            .distinct()
            .count();
    return spellings.size() > meanings;
  }

  /** The first date layout that reads nearly every present value, when one does. */
  private static String dateLayout(String column, List<Row> rows, long present) {
    if (present == 0) {
      return null;
    }
    Row first = rows.stream().filter(r -> r.get(column) != null).findFirst().orElse(null);
    String sample = first == null ? null : first.get(column);
    for (String layout : Dates.LAYOUTS) {
      if (Dates.iso(sample, layout).isEmpty()) {
        continue;
      }
      long read = rows.stream().filter(r -> Dates.iso(r.get(column), layout).isPresent()).count();
      if (read >= NUMBER_FORM_SHARE * present) {
        return layout;
      }
    }
    return null;
  }

  boolean changesAnything() {
    return numberForms || sentinel != null || html || booleans || dateLayout != null || email;
  }

  /** Describes the decision for the profile, or null. */
  String decision() {
    if (!changesAnything()) {
      return null;
    }
    StringBuilder what = new StringBuilder("column '" + column + "':");
    if (numberForms) {
      what.append(" numbers written with separators or units made plain;");
    }
    if (sentinel != null) {
      what.append(" ").append(sentinel).append(" read as missing;");
    }
    if (html) {
      what.append(" HTML converted to text;");
    }
    if (booleans) {
      what.append(" true/false spellings unified;");
    }
    if (dateLayout != null) {
      what.append(" dates (").append(dateLayout).append(") written as ISO 8601;");
    }
    if (email) {
      what.append(" e-mail headers (but the subject) and quoted replies removed;");
    }
    return what.substring(0, what.length() - 1);
  }

  /** The cleaned value and the kinds of repair made, or null when unchanged. */
  Repair clean(String value) {
    return clean(value, false);
  }

  /**
   * {@link #clean(String)}, told whether the value is known to be printable ASCII, which cannot
   * hold mojibake: every value of a large file would otherwise be searched for it.
   */
  Repair clean(String value, boolean printable) {
    if (value == null) {
      return null;
    }
    Repair repair = repair(value, printable);
    return email ? withoutMailParts(repair, value) : repair;
  }

  private Repair repair(String value, boolean printable) {
    if (sentinel != null && value.equals(sentinel)) {
      return new Repair(null, "sentinel value read as missing");
    }
    if (numberForms && !Numbers.isNumber(value)) {
      Optional<NumberFormat.Parsed> p = NumberFormat.parse(value);
      if (p.isPresent()) {
        return new Repair(p.get().number(), "number with separators or unit made plain");
      }
    }
    if (booleans) {
      String b = BOOLEANS.get(value.toLowerCase(java.util.Locale.ROOT));
      return b == null || b.equals(value) ? null : new Repair(b, "true/false spelling unified");
    }
    if (dateLayout != null) {
      Optional<String> iso = Dates.iso(value, dateLayout);
      return iso.isEmpty() || iso.get().equals(value)
          ? null
          : new Repair(iso.get(), "date written as ISO 8601");
    }
    if (html && value.indexOf('<') >= 0 && TAG.matcher(value).find()) {
      return new Repair(Jsoup.parse(value).wholeText().strip(), "HTML converted to text");
    }
    String fixed =
        !printable
                && (value.indexOf('Ã') >= 0 || value.indexOf('â') >= 0 || value.indexOf('Â') >= 0)
            ? Mojibake.repair(value)
            : null;
    return fixed == null ? null : new Repair(fixed, "mojibake repaired");
  }

  /** {@code earlier}'s value (or {@code value} when unrepaired) without headers and quotes. */
  private static Repair withoutMailParts(Repair earlier, String value) {
    String text = earlier == null ? value : earlier.value();
    if (text == null) {
      return earlier;
    }
    EmailText.Stripped stripped = EmailText.strip(text);
    if (!stripped.headers() && !stripped.quotes()) {
      return earlier;
    }
    List<String> kinds = new ArrayList<>(earlier == null ? List.of() : earlier.kinds());
    if (stripped.headers()) {
      kinds.add(EMAIL_HEADERS);
    }
    if (stripped.quotes()) {
      kinds.add(QUOTED_REPLIES);
    }
    return new Repair(stripped.text(), kinds);
  }
}
