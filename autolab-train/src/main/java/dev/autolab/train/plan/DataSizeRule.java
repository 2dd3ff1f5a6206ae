package dev.autolab.train.plan;

import dev.autolab.train.Families;
import java.util.Locale;

/**
 * Large text sets keep word n-grams only: counting character n-grams takes most of the vectorizing
 * time (about 5 of 7 seconds on the 4,836 spam mails) and triples the nonzero features every fit
 * goes through, and matters less once there are enough texts for word statistics to be reliable.
 */
final class DataSizeRule implements PlanRule {
  /** Above this many training texts the char block is dropped. */
  static final int CHAR_NGRAM_MAX_ROWS = 200_000;

  @Override
  public String name() {
    return "data-size";
  }

  @Override
  public void apply(PlanDraft draft) {
    if (draft.trainRows > CHAR_NGRAM_MAX_ROWS) {
      draft.set(
          Families.TFIDF_LINEAR,
          "char_max_n",
          0,
          reason(
              String.format(
                  Locale.ROOT,
                  "%,d training texts (over %,d): word n-grams only, char n-grams would cost more"
                      + " time than they add",
                  draft.trainRows,
                  CHAR_NGRAM_MAX_ROWS)));
    }
  }
}
