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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The row-by-row part of a streamed prepare: the first {@value #SAMPLE_ROWS} rows are held to
 * decide the task and column types, then every row is checked, deduplicated, dealt to a split and
 * written at once, so memory holds the sample and eight bytes per distinct row, not the data.
 *
 * <p>Two threads share the work: the caller's reads, parses, cleans and checks each record and
 * computes its duplicate key; a writer thread takes them in batches of {@value #BATCH}, in the
 * order they were read, drops exact duplicates, and encodes, fingerprints, writes and counts the
 * rest. A failure on the writer thread is raised on the caller's at its next hand-over.
 */
final class StreamingRun implements RecordSink, AutoCloseable {
  static final int SAMPLE_ROWS = 50_000;

  /** Records per hand-over: large enough that the queue costs nothing per row. */
  static final int BATCH = 4_096;

  private final PrepareRequest request;
  private final Path dataDir;
  private final BufferedWriter quarantine;
  private final BufferedWriter duplicates;
  private final List<Row> sample = new ArrayList<>();
  private final LongHashSet seen = new LongHashSet();
  private final long[] keys = new long[BATCH];
  private final boolean[] added = new boolean[BATCH];
  private final StreamingCounts counts = new StreamingCounts();
  private final long splitSeed;
  private final BlockingQueue<List<Record>> queue = new ArrayBlockingQueue<>(8);
  private final Thread writer;
  private List<Record> batch = new ArrayList<>(BATCH);
  private volatile RuntimeException failure;
  private boolean ended;
  private SplitWriters splits;
  private DatasetSchema schema;
  private List<ColumnProfile> sampleColumns;
  private List<String> names;
  private int targetIndex;
  private int[] featureIndexes;
  private Cleaner cleaner;
  private List<String> lastColumns;
  private int[] lastMapping;

  /**
   * One record for the writer: a cleaned row (its values in column order, its duplicate key and
   * split) or, when {@code rejected} is set, a record for the quarantine.
   */
  private record Record(
      String source, long line, String[] values, long key, int split, QuarantineEntry rejected) {}

  /** Ends the writer's queue. */
  private static final List<Record> END = List.of();

  StreamingRun(PrepareRequest request, Path dataDir) throws IOException {
    this.request = request;
    this.dataDir = dataDir;
    Files.createDirectories(dataDir);
    quarantine =
        Files.newBufferedWriter(dataDir.resolve("quarantine.jsonl"), StandardCharsets.UTF_8);
    duplicates =
        Files.newBufferedWriter(dataDir.resolve("duplicates.jsonl"), StandardCharsets.UTF_8);
    splitSeed = Seeds.derive(request.seed(), "split");
    writer = new Thread(this::drain, "autolab-prepare-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void quarantine(QuarantineEntry entry) {
    hand(new Record(entry.source(), entry.line(), null, 0, 0, entry));
  }

  @Override
  public void row(Row row) {
    if (schema == null) {
      sample(row);
    } else {
      accept(row.source(), row.line(), valuesOf(row), false);
    }
  }

  @Override
  public void row(
      String source, long line, List<String> columns, String[] values, boolean printable) {
    if (schema == null) {
      sample(Row.of(source, line, columns, values));
    } else {
      accept(source, line, inOrder(columns, values), printable);
    }
  }

  private void sample(Row row) {
    sample.add(row);
    if (sample.size() == SAMPLE_ROWS) {
      decide();
    }
  }

  /**
   * Ends the stream: decides from a short file's rows if the sample never filled, waits for the
   * writer and raises what failed there.
   */
  void finish() {
    if (schema == null && sample.isEmpty()) {
      throw new BadInputException(
          request.data() + " has no data rows: add rows or pick another file");
    }
    if (schema == null) {
      decide();
    }
    if (!ended) {
      ended = true;
      put(batch);
      put(END);
    }
    join();
    if (failure != null) {
      throw failure;
    }
  }

  DatasetSchema schema() {
    return schema;
  }

  List<ColumnProfile> sampleColumns() {
    return sampleColumns;
  }

  /** Kinds of value repair made by cleaning, with counts. */
  Map<String, Long> cleaningRepairs() {
    return cleaner == null ? Map.of() : cleaner.repairs();
  }

  StreamingCounts counts() {
    return counts;
  }

  SplitWriters splits() {
    return splits;
  }

  private void hand(Record record) {
    batch.add(record);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Record> records) {
    try {
      while (failure == null && !queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
        // the writer is behind; wait, watching for its failure
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing " + request.data(), e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void join() {
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing " + request.data(), e);
    }
  }

  /** The writer thread: takes batches until the end marker; keeps the first failure. */
  private void drain() {
    try {
      while (true) {
        List<Record> records = queue.take();
        if (records == END) {
          return;
        }
        write(records);
      }
    } catch (RuntimeException e) {
      failure = e;
    } catch (InterruptedException e) {
      failure = new IllegalStateException("interrupted while preparing " + request.data(), e);
    }
  }

  /** On the writer thread: quarantines, drops duplicates, and writes rows to their splits. */
  private void write(List<Record> records) {
    int n = 0;
    for (Record record : records) {
      if (record.rejected() == null) {
        keys[n++] = record.key();
      }
    }
    seen.addAll(keys, n, added);
    int row = 0;
    for (Record record : records) {
      if (record.rejected() != null) {
        write(quarantine, Json.line(record.rejected()));
        counts.quarantined(record.source(), record.rejected().reason());
      } else {
        write(record, added[row++]);
      }
    }
  }

  private void write(Record record, boolean first) {
    if (!first) {
      DuplicateEntry entry =
          new DuplicateEntry(record.source(), record.line(), "exact duplicate", "", -1);
      write(duplicates, Json.line(entry));
      counts.duplicate(record.source());
    } else {
      splits.write(record.split(), record.values());
      counts.used(record.source(), record.values(), record.split(), targetIndex);
    }
  }

  private void decide() {
    String target = request.target();
    names = columnsOf(sample);
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
    targetIndex = names.indexOf(target);
    featureIndexes =
        schema.features().stream().map(ColumnSchema::name).mapToInt(names::indexOf).toArray();
    counts.columns(names);
    try {
      splits = new SplitWriters(dataDir.resolve("splits"), names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the splits in " + dataDir, e);
    }
    List<Row> held = List.copyOf(sample);
    sample.clear();
    for (Row row : held) {
      check(row.source(), row.line(), valuesOf(row));
    }
  }

  /** Cleans a row read after the decision, then checks it. */
  private void accept(String source, long line, String[] values, boolean printable) {
    cleaner.clean(values, printable);
    check(source, line, values);
  }

  /** Checks the target of a cleaned row and hands it to the writer with its key and split. */
  private void check(String source, long line, String[] values) {
    String target = values[targetIndex];
    if (target == null || (schema.task() == Task.REGRESSION && !Numbers.isNumber(target))) {
      String reason = target == null ? "missing target" : "unparseable target";
      quarantine(
          new QuarantineEntry(
              source, line, reason, RowJson.object(Row.of(source, line, names, values))));
      return;
    }
    hand(new Record(source, line, values, key(values), split(source, line), null));
  }

  /** A 64-bit hash of the normalised features and target: the duplicate key. */
  private long key(String[] values) {
    long h = RowKey.HASH_START;
    for (int i : featureIndexes) {
      h = RowKey.hash(h, values[i]);
    }
    return RowKey.hash(h, values[targetIndex]);
  }

  /**
   * 8:1:1 by a hash of the seed and the row's place: reproducible, independent of the label, so
   * each class is split 80/10/10 in expectation (exactly stratified only in memory).
   */
  private int split(String source, long line) {
    long h = mix(splitSeed ^ mix(source.hashCode()) ^ mix(line));
    int slot = (int) Long.remainderUnsigned(h, 10);
    return slot < 8 ? 0 : slot == 8 ? 1 : 2;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A delimited record's values in the order of {@link #names}; absent columns are missing. */
  private String[] inOrder(List<String> columns, String[] values) {
    if (columns != lastColumns) {
      lastColumns = columns;
      lastMapping =
          columns.equals(names) ? null : columns.stream().mapToInt(names::indexOf).toArray();
    }
    if (lastMapping == null) {
      return values;
    }
    String[] ordered = new String[names.size()];
    for (int i = 0; i < lastMapping.length; i++) {
      if (lastMapping[i] >= 0) {
        ordered[lastMapping[i]] = values[i];
      }
    }
    return ordered;
  }

  private String[] valuesOf(Row row) {
    String[] values = new String[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(names.get(i));
    }
    return values;
  }

  private static List<String> columnsOf(List<Row> rows) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
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
    if (!ended) {
      ended = true;
      queue.clear();
      writer.interrupt(); // the reader failed: drop what is queued
    }
    join();
    quarantine.close();
    duplicates.close();
    if (splits != null) {
      splits.close();
    }
  }
}
