package dev.autolab.data.dedup;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the duplicate search found, for {@code data/profile.json}.
 *
 * @param exact rows removed because they repeat an earlier row (features and target, values
 *     normalised)
 * @param conflicts groups of rows with the same features but different targets (kept: the label
 *     issue finder and a person decide which label is right)
 * @param nearInTrain train rows whose text nearly duplicates an earlier train row (kept)
 * @param leakedValid valid rows removed because they duplicate or nearly duplicate a train row
 * @param leakedTest test rows removed for the same reason
 * @param leakedKept rows of a valid or test file the user gave that duplicate or nearly duplicate a
 *     train row: kept, because such a file is the split by contract (and peers score on all of it),
 *     and reported so its scores are read with the overlap in mind
 */
public record DuplicateSummary(
    long exact,
    long conflicts,
    @JsonProperty("near_in_train") long nearInTrain,
    @JsonProperty("leaked_valid") long leakedValid,
    @JsonProperty("leaked_test") long leakedTest,
    @JsonProperty("leaked_kept") long leakedKept) {
  public static final DuplicateSummary NONE = new DuplicateSummary(0, 0, 0, 0, 0, 0);

  /** Rows removed in all. */
  public long removed() {
    return exact + leakedValid + leakedTest;
  }
}
