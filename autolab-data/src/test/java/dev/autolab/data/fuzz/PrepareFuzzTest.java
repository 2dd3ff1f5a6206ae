package dev.autolab.data.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import dev.autolab.data.PrepareRequest;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import dev.autolab.data.StreamingPreparer;
import dev.autolab.data.profile.DataProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Files mutated at random must never crash a prepare: every outcome is either a prepared data set
 * whose row accounting holds, or a {@link BadInputException} (exit code 2 with a message). The
 * tries are bounded so that the suite stays a matter of seconds.
 */
class PrepareFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("autolab-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(PrepareFuzzTest::delete);
    }
  }

  @Property(tries = 40)
  void randomByteFlipsAndTruncations(
      @ForAll("seeds") long seed, @ForAll("encodings") String encoding) {
    Random random = new Random(seed);
    byte[] bytes =
        Mutations.flip(Mutations.sample(random).getBytes(Charset.forName(encoding)), random);
    bytes = random.nextBoolean() ? Mutations.truncate(bytes, random) : bytes;
    checkPrepare(bytes, ".csv");
  }

  @Property(tries = 40)
  void quotesInEveryPosition(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    String text = Mutations.insertEverywhere(Mutations.sample(random), '"', random, 0.05);
    checkPrepare(text.getBytes(StandardCharsets.UTF_8), ".csv");
  }

  @Property(tries = 15)
  void mixedEncodingsHugeFieldsAndNuls(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    byte[] bytes = Mutations.mixed(random);
    checkPrepare(bytes, random.nextBoolean() ? ".csv" : ".txt");
  }

  @Property(tries = 15)
  void jsonLinesAndArraysMutated(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    String json = Mutations.json(random);
    byte[] bytes = Mutations.flip(json.getBytes(StandardCharsets.UTF_8), random);
    checkPrepare(bytes, random.nextBoolean() ? ".jsonl" : ".json");
  }

  @Property(tries = 10)
  void emptyAndHeaderOnlyFiles(@ForAll("tinyFiles") String content) {
    checkPrepare(content.getBytes(StandardCharsets.UTF_8), ".csv");
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<String> encodings() {
    return Arbitraries.of("UTF-8", "UTF-16LE", "UTF-16", "windows-1251", "KOI8-R", "ISO-8859-1");
  }

  @Provide
  Arbitrary<String> tinyFiles() {
    return Arbitraries.of(
        "",
        "\n",
        "\n\n\n",
        "text,label",
        "text,label\n",
        "\uFEFF",
        "\uFEFFtext,label\r\n",
        ",,,",
        "\"",
        "text,label\n\"\n",
        "[]",
        "{}",
        "[",
        "text\tlabel\nx\t");
  }

  /** Prepares the bytes as a file; only a usable data set or a BadInputException may come out. */
  private static void checkPrepare(byte[] bytes, String extension) {
    Path file;
    try {
      file = Files.createTempFile(dir, "fuzz", extension);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      PreparedDataset d =
          new Preparer(ProgressListener.NONE, CLOCK)
              .prepare(new PrepareRequest(file, "label", null, null, null, null, 1));
      DataProfile p = d.profile();
      assertThat(p.rowsRead()).isEqualTo(p.rowsUsed() + p.rowsQuarantined() + p.rowsDuplicates());
      assertThat(d.quarantine()).hasSize((int) p.rowsQuarantined());
      assertThat(d.duplicates()).hasSize((int) p.rowsDuplicates());
      assertThat(d.train().size() + d.valid().size() + d.test().size()).isEqualTo(p.rowsUsed());
    } catch (BadInputException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
    }
    try {
      checkStreamed(file);
    } catch (BadInputException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
    } finally {
      delete(file);
    }
  }

  /** The streamed prepare of the same file: every row read is in exactly one of its outputs. */
  private static void checkStreamed(Path file) {
    Path out = dir.resolve(file.getFileName() + ".streamed");
    try {
      DataProfile p =
          new StreamingPreparer(ProgressListener.NONE, CLOCK)
              .prepare(new PrepareRequest(file, "label", null, null, null, null, 1), out)
              .profile();
      assertThat(p.rowsRead()).isEqualTo(p.rowsUsed() + p.rowsQuarantined() + p.rowsDuplicates());
      long written = 0;
      for (String split : List.of("train", "valid", "test")) {
        written += lines(out.resolve("splits/" + split + ".jsonl"));
      }
      assertThat(written).isEqualTo(p.rowsUsed());
      assertThat(lines(out.resolve("quarantine.jsonl"))).isEqualTo(p.rowsQuarantined());
      assertThat(lines(out.resolve("duplicates.jsonl"))).isEqualTo(p.rowsDuplicates());
    } finally {
      deleteTree(out);
    }
  }

  private static long lines(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(PrepareFuzzTest::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> words() {
    return List.of("free", "cash", "meeting", "report", "привет", "café", "naïve", "日本", "win");
  }
}
