package dev.autolab.data;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.data.profile.ClassCounts;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.profile.InputProfile;
import dev.autolab.data.profile.ProblemFinder;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.split.Fingerprints;
import dev.autolab.data.split.SplitInfo;
import dev.autolab.data.split.Splits;
import java.time.Clock;
import java.util.List;

/** Puts the decisions of a prepare together: fingerprints, split record, profile, and checks. */
final class DatasetAssembler {
  /** Duplicates are reported but not removed in this first form of stage 1. */
  private static final long DUPLICATES_REMOVED = 0;

  private final Clock clock;

  DatasetAssembler(Clock clock) {
    this.clock = clock;
  }

  PreparedDataset assemble(
      PrepareRequest request,
      Inputs inputs,
      DatasetSchema schema,
      List<ColumnProfile> columns,
      Splits splits) {
    List<String> names = inputs.columns();
    Fingerprints fingerprints = Fingerprints.of(names, splits);
    SplitInfo split = splitInfo(request, schema.task(), fingerprints, splits);
    List<QuarantineEntry> quarantine = inputs.quarantine();
    DataProfile profile =
        new DataProfile(
            DataProfile.SCHEMA_VERSION,
            clock.instant().toString(),
            inputs.rowsRead(),
            splits.size(),
            quarantine.size(),
            DUPLICATES_REMOVED,
            schema.target(),
            schema.task().id(),
            schema.classes(),
            columns,
            schema.task() == Task.CLASSIFICATION
                ? ClassCounts.of(schema.target(), schema.classes(), splits)
                : null,
            ProblemFinder.find(schema, columns, splits, quarantine),
            inputs.all().stream().map(Input::profile).toList(),
            fingerprints.dataset(),
            split);
    checkAccounting(profile);
    return new PreparedDataset(
        schema,
        splits.train(),
        splits.valid(),
        splits.test(),
        profile,
        quarantine,
        fingerprints.dataset(),
        split);
  }

  private static SplitInfo splitInfo(
      PrepareRequest request, Task task, Fingerprints fingerprints, Splits splits) {
    return new SplitInfo(
        SplitChooser.method(request, task),
        request.seed(),
        splits.train().size(),
        splits.valid().size(),
        splits.test().size(),
        fingerprints.splits());
  }

  /**
   * The row accounting contract: every record read is used, quarantined or removed as a duplicate,
   * in total and per input file. A failure here is a bug in stage 1, not bad input.
   */
  static void checkAccounting(DataProfile profile) {
    long accounted = profile.rowsUsed() + profile.rowsQuarantined() + profile.rowsDuplicates();
    if (profile.rowsRead() != accounted) {
      throw new IllegalStateException(
          String.format(
              "row accounting broken: read %d but used %d + quarantined %d + duplicates %d = %d",
              profile.rowsRead(),
              profile.rowsUsed(),
              profile.rowsQuarantined(),
              profile.rowsDuplicates(),
              accounted));
    }
    for (InputProfile input : profile.inputs()) {
      if (input.rowsRead() != input.rowsUsed() + input.rowsQuarantined()) {
        throw new IllegalStateException("row accounting broken for " + input);
      }
    }
  }
}
