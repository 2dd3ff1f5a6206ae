package dev.autolab.data.profile;

import dev.autolab.core.ColumnType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses each column's type and role from its statistics. Rules, in order: a forced text column is
 * text; a column with no values, or one value in every row, is excluded; all values numbers means
 * numeric; long or wordy values that rarely repeat mean text; otherwise categorical.
 *
 * <p>An ID-like column is excluded: it identifies rows, it does not describe them. ID-like means
 * every value distinct, not text, and either a name like id, uuid, key or row numbers: whole
 * numbers that increase down the file or fill a range without gaps. Distinct whole numbers in no
 * order (areas, populations) are kept: in a small file every measurement is distinct.
 */
public final class ColumnTyper {
  /** Mean length (characters) above which values read as prose rather than labels. */
  static final double TEXT_MEAN_LENGTH = 30;

  /** Mean word count above which values read as prose rather than labels. */
  static final double TEXT_MEAN_TOKENS = 4;

  /** Free text rarely repeats; labels do, however long they are. */
  static final double TEXT_DISTINCT_SHARE = 0.5;

  /** Below this many rows, a run of distinct whole numbers is as likely a feature as row IDs. */
  static final long ID_MIN_ROWS = 20;

  /** "id", "row_index", "customer id": the ID word alone or after a separator (not "paid"). */
  private static final Pattern ID_WORD =
      Pattern.compile("(.*[^a-z0-9])?(id|uuid|guid|key|index|idx)");

  /** "PassengerId", "customerID", "orderKey": the ID word camel-cased onto another word. */
  private static final Pattern ID_CAMEL = Pattern.compile(".*[a-z0-9](Id|ID|Uuid|UUID|Guid|Key)");

  private ColumnTyper() {}

  /** The profile of a candidate feature; {@code forcedText} is the user's --text column. */
  public static ColumnProfile feature(ColumnStats s, boolean forcedText) {
    if (forcedText) {
      return new ColumnProfile(s, ColumnType.TEXT, ColumnRole.FEATURE, "set as text by --text");
    }
    if (s.present() == 0) {
      return excluded(s, ColumnType.CATEGORICAL, "every value is missing");
    }
    ColumnType type = typeOf(s);
    if (s.distinct() == 1 && s.missing() == 0) {
      return excluded(s, type, "the same value in every row");
    }
    if (type != ColumnType.TEXT && s.distinct() == s.present() && s.present() >= 2) {
      if (looksLikeIdName(s.name())) {
        return excluded(s, type, "a distinct value in every row and an ID-like name");
      }
      if (s.sequential() && s.present() >= ID_MIN_ROWS) {
        return excluded(s, type, "distinct whole numbers in sequence: looks like a row ID");
      }
    }
    return new ColumnProfile(s, type, ColumnRole.FEATURE, type == ColumnType.TEXT ? why(s) : null);
  }

  /** The profile of the target, with the reason the task was chosen. */
  public static ColumnProfile target(ColumnStats s, TaskDecision task) {
    ColumnType type = task.isClassification() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
    return new ColumnProfile(s, type, ColumnRole.TARGET, task.reason());
  }

  /** The type the values suggest: numeric, text (long or wordy and varied) or categorical. */
  public static ColumnType typeOf(ColumnStats s) {
    if (s.allNumeric()) {
      return ColumnType.NUMERIC;
    }
    boolean wordy = s.meanLength() > TEXT_MEAN_LENGTH || s.meanTokens() > TEXT_MEAN_TOKENS;
    boolean varied = s.distinctShare() >= TEXT_DISTINCT_SHARE;
    return wordy && varied ? ColumnType.TEXT : ColumnType.CATEGORICAL;
  }

  static boolean looksLikeIdName(String name) {
    return ID_CAMEL.matcher(name).matches()
        || ID_WORD.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  private static ColumnProfile excluded(ColumnStats s, ColumnType type, String reason) {
    return new ColumnProfile(s, type, ColumnRole.EXCLUDED, reason);
  }

  private static String why(ColumnStats s) {
    return String.format(
        Locale.ROOT,
        "free text: mean %.0f characters, %.1f words, %.0f%% distinct",
        s.meanLength(),
        s.meanTokens(),
        100 * s.distinctShare());
  }
}
