package dev.autolab.data;

import dev.autolab.data.read.ReadOptions;
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
 */
public record PrepareOptions(
    List<Path> moreData,
    ReadOptions read,
    Path review,
    boolean labelIssues,
    boolean pruneLabelIssues) {
  public static final PrepareOptions DEFAULTS =
      new PrepareOptions(List.of(), ReadOptions.DEFAULTS, null, true, true);

  public PrepareOptions {
    moreData = List.copyOf(moreData);
    Objects.requireNonNull(read, "read");
  }
}
