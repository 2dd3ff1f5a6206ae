package dev.autolab.data;

import dev.autolab.data.read.ReadOptions;
import dev.autolab.data.split.SplitOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The less common settings of a prepare.
 *
 * @param moreData further data files or folders read as part of the data set, after the first
 * @param read how to read files when the sniffers should not decide alone
 * @param review a Label Studio export of reviewed labels to apply, or {@code null}
 * @param labelIssues whether to look for label errors (classification only)
 * @param pruneLabelIssues whether train rows with a suspected label error are set aside (to the
 *     quarantine, reason "suspected label error"), as cleanlab's CleanLearning does; valid and test
 *     rows are never pruned
 * @param split whether the data file is split at random or in time order
 * @param emails whether the free-text columns are e-mails, whose header blocks (but the subject)
 *     and quoted replies are removed
 */
public record PrepareOptions(
    List<Path> moreData,
    ReadOptions read,
    Path review,
    boolean labelIssues,
    boolean pruneLabelIssues,
    SplitOrder split,
    boolean emails) {
  public static final PrepareOptions DEFAULTS =
      new PrepareOptions(List.of(), ReadOptions.DEFAULTS, null, true, true);

  public PrepareOptions {
    moreData = List.copyOf(moreData);
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(split, "split");
  }

  /** Options with a random split and no e-mail cleaning. */
  public PrepareOptions(
      List<Path> moreData,
      ReadOptions read,
      Path review,
      boolean labelIssues,
      boolean pruneLabelIssues) {
    this(moreData, read, review, labelIssues, pruneLabelIssues, SplitOrder.RANDOM, false);
  }

  /** These options with the data file split in {@code order}. */
  public PrepareOptions withSplit(SplitOrder order) {
    return new PrepareOptions(moreData, read, review, labelIssues, pruneLabelIssues, order, emails);
  }

  /** These options with e-mail cleaning of the free-text columns on or off. */
  public PrepareOptions withEmails(boolean on) {
    return new PrepareOptions(moreData, read, review, labelIssues, pruneLabelIssues, split, on);
  }
}
