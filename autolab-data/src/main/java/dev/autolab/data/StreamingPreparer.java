package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Task;
import dev.autolab.data.dedup.DuplicateSummary;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.profile.InputProfile;
import dev.autolab.data.read.ReadSummary;
import dev.autolab.data.read.TableReader;
import dev.autolab.data.split.SplitInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 1 for data larger than memory: one pass that writes {@code data/} as it reads. Task and
 * column types are decided on the first {@value StreamingRun#SAMPLE_ROWS} rows; exact duplicates
 * are removed by a 64-bit hash of their normalised values; splits are 8:1:1 by a hash of each row's
 * place (stratified in expectation). What needs every row at once is left out and said so in the
 * profile: near-duplicate and leakage search beyond exact repeats, and label issues. The split
 * fingerprints are computed as in memory; the data set's is the SHA-256 of the three.
 */
public final class StreamingPreparer {
  private final ProgressListener progress;
  private final Clock clock;

  public StreamingPreparer(ProgressListener progress, Clock clock) {
    this.progress = progress;
    this.clock = clock;
  }

  /** Prepares the request's data files into {@code dataDir}; no --valid, --test or review. */
  public PreparedDataset prepare(PrepareRequest request, Path dataDir) {
    if (request.valid() != null || request.test() != null || request.options().review() != null) {
      throw new BadInputException(
          "--stream reads the data files only: drop --valid, --test and --apply-review, or"
              + " prepare in memory");
    }
    List<Path> paths = new ArrayList<>(List.of(request.data()));
    paths.addAll(request.options().moreData());
    List<ReadSummary> reads = new ArrayList<>();
    try (StreamingRun run = new StreamingRun(request, dataDir)) {
      for (Path file : DataFiles.expand(paths)) {
        reads.add(TableReader.stream(file, request.options().read(), progress, run));
      }
      run.finish();
      run.close();
      PreparedDataset dataset = assemble(request, run, reads);
      Json.write(dataDir.resolve("profile.json"), dataset.profile());
      return dataset;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir, e);
    }
  }

  private PreparedDataset assemble(
      PrepareRequest request, StreamingRun run, List<ReadSummary> reads) {
    DatasetSchema schema = run.schema();
    StreamingCounts counts = run.counts();
    Map<String, String> fingerprints = run.splits().fingerprints();
    String fingerprint = sha256(String.join("\n", fingerprints.values()));
    long[] sizes = {run.splits().count(0), run.splits().count(1), run.splits().count(2)};
    SplitInfo split =
        new SplitInfo(
            "random", request.seed(), (int) sizes[0], (int) sizes[1], (int) sizes[2], fingerprints);
    List<InputProfile> inputs = inputs(reads, counts);
    long read = reads.stream().mapToLong(ReadSummary::rowsRead).sum();
    long quarantined = inputs.stream().mapToLong(InputProfile::rowsQuarantined).sum();
    long duplicates = inputs.stream().mapToLong(InputProfile::rowsDuplicates).sum();
    List<String> classes = classes(schema, counts);
    DataProfile profile =
        new DataProfile(
            DataProfile.SCHEMA_VERSION,
            clock.instant().toString(),
            read,
            sizes[0] + sizes[1] + sizes[2],
            quarantined,
            duplicates,
            schema.target(),
            schema.task().id(),
            classes,
            columns(run, counts),
            schema.task() == Task.CLASSIFICATION ? classCounts(classes, counts) : null,
            problems(counts, duplicates),
            inputs,
            fingerprint,
            split,
            new DuplicateSummary(duplicates, 0, 0, 0, 0, 0),
            repairs(reads, run.cleaningRepairs()),
            null);
    DatasetAssembler.checkAccounting(profile);
    DatasetSchema full =
        new DatasetSchema(schema.features(), schema.target(), schema.task(), classes);
    return new PreparedDataset(
        full,
        List.of(),
        List.of(),
        List.of(),
        profile,
        List.of(),
        List.of(),
        LabelReview.NONE,
        fingerprint,
        split,
        List.of());
  }

  private static List<String> classes(DatasetSchema schema, StreamingCounts counts) {
    if (schema.task() != Task.CLASSIFICATION) {
      return List.of();
    }
    TreeSet<String> all = new TreeSet<>();
    for (int s = 0; s < 3; s++) {
      all.addAll(counts.classes(s).keySet());
    }
    return List.copyOf(all);
  }

  private static Map<String, Map<String, Long>> classCounts(
      List<String> classes, StreamingCounts counts) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    Map<String, Long> overall = new LinkedHashMap<>();
    classes.forEach(c -> overall.put(c, 0L));
    out.put("overall", overall);
    for (int s = 0; s < 3; s++) {
      Map<String, Long> split = new LinkedHashMap<>();
      for (String c : classes) {
        long n = counts.classes(s).getOrDefault(c, 0L);
        split.put(c, n);
        overall.merge(c, n, Long::sum);
      }
      out.put(SplitWriters.NAMES.get(s), split);
    }
    return out;
  }

  /** The sample's types and roles, with missing and distinct counted over every row used. */
  private static List<ColumnProfile> columns(StreamingRun run, StreamingCounts counts) {
    return run.sampleColumns().stream()
        .map(
            c ->
                new ColumnProfile(
                    c.name(),
                    c.type(),
                    c.role(),
                    counts.missing(c.name()),
                    counts.distinct(c.name()),
                    c.reason()))
        .toList();
  }

  private static List<InputProfile> inputs(List<ReadSummary> reads, StreamingCounts counts) {
    List<InputProfile> inputs = new ArrayList<>();
    for (ReadSummary r : reads) {
      long[] c = counts.source(r.source().toString());
      inputs.add(
          new InputProfile(
              r.source().toString(),
              "data",
              r.rowsRead(),
              c[0],
              c[1],
              c[2],
              r.encoding(),
              r.format(),
              r.repairs()));
    }
    return inputs;
  }

  private static List<String> problems(StreamingCounts counts, long duplicates) {
    List<String> problems = new ArrayList<>();
    counts.reasons().forEach((reason, n) -> problems.add(n + " rows quarantined: " + reason));
    if (duplicates > 0) {
      problems.add(duplicates + " rows removed as exact duplicates of an earlier row");
    }
    problems.add(
        "streamed: types decided on the first "
            + StreamingRun.SAMPLE_ROWS
            + " rows; near duplicates, leakage beyond exact repeats and label issues not searched");
    return problems;
  }

  private static Map<String, Long> repairs(List<ReadSummary> reads, Map<String, Long> cleaning) {
    Map<String, Long> total = new TreeMap<>(cleaning);
    reads.forEach(r -> r.repairs().forEach((k, v) -> total.merge(k, v, Long::sum)));
    return total;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
