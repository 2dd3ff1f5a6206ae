package dev.autolab.data;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.data.clean.Cleaner;
import dev.autolab.data.dedup.DuplicateSummary;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.profile.ClassCounts;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.profile.InputProfile;
import dev.autolab.data.profile.ProblemFinder;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.split.Fingerprints;
import dev.autolab.data.split.SplitInfo;
import dev.autolab.data.split.Splits;
import dev.autolab.data.split.TimeSplitter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puts the decisions of a prepare together: fingerprints, split record, profile, and checks. */
final class DatasetAssembler {
  private final Clock clock;

  /**
   * What the checks after reading found and did.
   *
   * @param duplicates duplicates and leakage removed
   * @param labels suspected label errors
   * @param cleaner the value cleaning, with its counts
   * @param timeColumn the column a time split was ordered by, or {@code null}
   */
  record Findings(
      DuplicateSummary duplicates, LabelReview labels, Cleaner cleaner, String timeColumn) {}

  DatasetAssembler(Clock clock) {
    this.clock = clock;
  }

  PreparedDataset assemble(
      PrepareRequest request,
      Inputs inputs,
      DatasetSchema schema,
      List<ColumnProfile> columns,
      Splits splits,
      Findings findings) {
    DuplicateSummary duplicates = findings.duplicates();
    LabelReview labels = findings.labels();
    List<String> names = inputs.columns();
    Fingerprints fingerprints = Fingerprints.of(names, splits);
    SplitInfo split =
        splitInfo(request, schema.task(), fingerprints, splits, findings.timeColumn());
    List<QuarantineEntry> quarantine = inputs.quarantine();
    DataProfile profile =
        new DataProfile(
            DataProfile.SCHEMA_VERSION,
            clock.instant().toString(),
            inputs.rowsRead(),
            splits.size(),
            quarantine.size(),
            inputs.duplicates().size(),
            schema.target(),
            schema.task().id(),
            schema.classes(),
            columns,
            schema.task() == Task.CLASSIFICATION
                ? ClassCounts.of(schema.target(), schema.classes(), splits)
                : null,
            problems(schema, columns, splits, quarantine, findings),
            inputs.all().stream().map(Input::profile).toList(),
            fingerprints.dataset(),
            split,
            duplicates,
            repairs(inputs, findings.cleaner().repairs()),
            schema.task() == Task.CLASSIFICATION ? labels.summary() : null);
    checkAccounting(profile);
    return new PreparedDataset(
        schema,
        splits.train(),
        splits.valid(),
        splits.test(),
        profile,
        quarantine,
        inputs.duplicates(),
        labels,
        fingerprints.dataset(),
        split,
        findings.cleaner().spec());
  }

  private static List<String> problems(
      DatasetSchema schema,
      List<ColumnProfile> columns,
      Splits splits,
      List<QuarantineEntry> quarantine,
      Findings findings) {
    DuplicateSummary duplicates = findings.duplicates();
    List<String> problems =
        new ArrayList<>(ProblemFinder.find(schema, columns, splits, quarantine));
    problems.addAll(findings.cleaner().decisions());
    long suspects = findings.labels().issues().size();
    if (suspects > 0) {
      problems.add(suspects + " rows have a suspected label error: see label_issues.jsonl");
    } else if (schema.task() == dev.autolab.core.Task.CLASSIFICATION
        && !LabelStage.hasReadableFeature(schema)) {
      problems.add("label errors not searched: the finder's model cannot read images");
    }
    if (duplicates.exact() > 0) {
      problems.add(duplicates.exact() + " rows removed as exact duplicates of an earlier row");
    }
    if (duplicates.leakedValid() + duplicates.leakedTest() > 0) {
      problems.add(
          String.format(
              "%d valid and %d test rows removed: they duplicate (or nearly) a train row, which"
                  + " would inflate the scores",
              duplicates.leakedValid(), duplicates.leakedTest()));
    }
    if (duplicates.leakedKept() > 0) {
      problems.add(
          duplicates.leakedKept()
              + " rows of the given valid/test files duplicate (or nearly) a train row: kept, as"
              + " the files are the splits; their scores may read high");
    }
    if (duplicates.conflicts() > 0) {
      problems.add(
          duplicates.conflicts() + " groups of rows have the same features but different targets");
    }
    if (duplicates.nearInTrain() > 0) {
      problems.add(duplicates.nearInTrain() + " train rows nearly duplicate an earlier train text");
    }
    return problems;
  }

  private static Map<String, Long> repairs(Inputs inputs, Map<String, Long> cleaning) {
    Map<String, Long> total = new TreeMap<>(cleaning);
    inputs
        .all()
        .forEach(input -> input.table().repairs().forEach((k, v) -> total.merge(k, v, Long::sum)));
    return total;
  }

  private static SplitInfo splitInfo(
      PrepareRequest request,
      Task task,
      Fingerprints fingerprints,
      Splits splits,
      String timeColumn) {
    return new SplitInfo(
        SplitChooser.method(request, task, timeColumn),
        request.seed(),
        splits.train().size(),
        splits.valid().size(),
        splits.test().size(),
        fingerprints.splits(),
        timeColumn,
        timeColumn == null ? null : TimeSplitter.ranges(splits, timeColumn));
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
      if (input.rowsRead() != input.rowsUsed() + input.rowsQuarantined() + input.rowsDuplicates()) {
        throw new IllegalStateException("row accounting broken for " + input);
      }
    }
  }
}
