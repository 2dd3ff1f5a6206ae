package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.data.clean.Cleaner;
import dev.autolab.data.dedup.DuplicateEntry;
import dev.autolab.data.dedup.RowKey;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnStats;
import dev.autolab.data.profile.TaskDecision;
import dev.autolab.data.read.Numbers;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.RecordSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The row-by-row part of a streamed prepare: the first {@value #SAMPLE_ROWS} rows are held to
 * decide the task and column types, then every row is checked, deduplicated, dealt to a split and
 * written at once, so memory holds the sample and eight bytes per distinct row, not the data.
 */
final class StreamingRun implements RecordSink, AutoCloseable {
  static final int SAMPLE_ROWS = 50_000;

  private final PrepareRequest request;
  private final Path dataDir;
  private final BufferedWriter quarantine;
  private final BufferedWriter duplicates;
  private final List<Row> sample = new ArrayList<>();
  private final LongHashSet seen = new LongHashSet();
  private final StreamingCounts counts = new StreamingCounts();
  private final long splitSeed;
  private SplitWriters splits;
  private DatasetSchema schema;
  private List<ColumnProfile> sampleColumns;
  private List<String> featureNames;
  private Cleaner cleaner;

  StreamingRun(PrepareRequest request, Path dataDir) throws IOException {
    this.request = request;
    this.dataDir = dataDir;
    Files.createDirectories(dataDir);
    quarantine =
        Files.newBufferedWriter(dataDir.resolve("quarantine.jsonl"), StandardCharsets.UTF_8);
    duplicates =
        Files.newBufferedWriter(dataDir.resolve("duplicates.jsonl"), StandardCharsets.UTF_8);
    splitSeed = Seeds.derive(request.seed(), "split");
  }

  @Override
  public void quarantine(QuarantineEntry entry) {
    write(quarantine, Json.line(entry));
    counts.quarantined(entry.source(), entry.reason());
  }

  @Override
  public void row(Row row) {
    if (schema != null) {
      accept(cleaner.clean(row));
      return;
    }
    sample.add(row);
    if (sample.size() == SAMPLE_ROWS) {
      decide();
    }
  }

  /** Ends the stream: decides from a short file's rows if the sample never filled. */
  void finish() {
    if (schema == null && sample.isEmpty()) {
      throw new BadInputException(
          request.data() + " has no data rows: add rows or pick another file");
    }
    if (schema == null) {
      decide();
    }
  }

  DatasetSchema schema() {
    return schema;
  }

  List<ColumnProfile> sampleColumns() {
    return sampleColumns;
  }

  /** Kinds of value repair made by cleaning, with counts. */
  java.util.Map<String, Long> cleaningRepairs() {
    return cleaner == null ? java.util.Map.of() : cleaner.repairs();
  }

  StreamingCounts counts() {
    return counts;
  }

  SplitWriters splits() {
    return splits;
  }

  private void decide() {
    String target = request.target();
    List<String> names = columnsOf(sample);
    cleaner = Cleaner.decide(names, sample);
    sample.replaceAll(cleaner::clean);
    List<Row> usable = sample.stream().filter(r -> r.get(target) != null).toList();
    if (!names.contains(target)) {
      throw new BadInputException(
          "target column '"
              + target
              + "' is not in "
              + request.data()
              + "; its columns are: "
              + String.join(", ", names)
              + "; pass one of them with --target");
    }
    if (usable.isEmpty()) {
      throw new BadInputException(
          "no usable rows in the first rows of " + request.data() + ": every target is missing");
    }
    TaskDecision task = TaskDecision.decide(request.task(), ColumnStats.of(target, usable));
    sampleColumns = Preparer.columns(request, names, usable, task);
    List<String> classes = Preparer.classes(target, task.task(), usable);
    schema = Preparer.schema(request.data(), target, task.task(), classes, sampleColumns);
    featureNames = schema.features().stream().map(ColumnSchema::name).toList();
    try {
      splits = new SplitWriters(dataDir.resolve("splits"), names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the splits in " + dataDir, e);
    }
    sample.forEach(this::accept);
    sample.clear();
  }

  private void accept(Row row) {
    String target = row.get(request.target());
    if (target == null || (schema.task() == Task.REGRESSION && !Numbers.isNumber(target))) {
      String reason = target == null ? "missing target" : "unparseable target";
      quarantine(new QuarantineEntry(row.source(), row.line(), reason, RowJson.object(row)));
      return;
    }
    if (!seen.add(key(row))) {
      DuplicateEntry entry =
          new DuplicateEntry(row.source(), row.line(), "exact duplicate", "", -1);
      write(duplicates, Json.line(entry));
      counts.duplicate(row.source());
      return;
    }
    int split = split(row);
    splits.write(split, row);
    counts.used(row, split, request.target(), splits.count(split));
  }

  /** A 64-bit FNV-1a hash of the normalised features and target: the duplicate key. */
  private long key(Row row) {
    long h = 0xcbf29ce484222325L;
    for (String column : featureNames) {
      h = fnv(h, RowKey.normalize(row.get(column)));
    }
    return fnv(h, RowKey.normalize(row.get(request.target())));
  }

  private static long fnv(long h, String value) {
    if (value == null) {
      return (h ^ 0xFF) * 0x100000001b3L;
    }
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    return (h ^ 0x1F) * 0x100000001b3L; // separator, so that ("ab","c") differs from ("a","bc")
  }

  /**
   * 8:1:1 by a hash of the seed and the row's place: reproducible, independent of the label, so
   * each class is split 80/10/10 in expectation (exactly stratified only in memory).
   */
  private int split(Row row) {
    long h = mix(splitSeed ^ mix(row.source().hashCode()) ^ mix(row.line()));
    int slot = (int) Long.remainderUnsigned(h, 10);
    return slot < 8 ? 0 : slot == 8 ? 1 : 2;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static List<String> columnsOf(List<Row> rows) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    rows.forEach(r -> names.addAll(r.values().keySet()));
    return List.copyOf(names);
  }

  private static void write(BufferedWriter out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    quarantine.close();
    duplicates.close();
    if (splits != null) {
      splits.close();
    }
  }
}
