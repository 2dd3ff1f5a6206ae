package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.ProgressListener;
import dev.autolab.train.BudgetSpentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  /** A stand-in encoder that records every text it is asked to encode. */
  private static final class CountingEncoder implements Encoder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public float[][] encode(List<String> texts) {
      seen.addAll(texts);
      return texts.stream()
          .map(t -> new float[] {t.length(), t.hashCode(), t.isEmpty() ? 0 : t.charAt(0)})
          .toArray(float[][]::new);
    }
  }

  private EmbeddingCache cache(CountingEncoder encoder) {
    return new EmbeddingCache(() -> encoder, encoder.id(), encoder.dimension(), dir, 1);
  }

  @Test
  void aSecondEncodeReadsTheFileWithoutRunningTheModel() {
    List<String> texts = IntStream.range(0, 5).mapToObj(i -> "message number " + i).toList();
    EmbeddingCache cache =
        new EmbeddingCache(
            MiniLmEncoder::shared, ModelResources.id(), MiniLmEncoder.DIMENSION, dir, 1);

    float[][] first = cache.encode(texts);
    assertThat(cache.folder().resolve(EmbeddingCache.VECTORS))
        .isRegularFile()
        .hasSize(5L * 384 * Float.BYTES);
    long runs = MiniLmEncoder.sessionRuns();
    float[][] second = cache.encode(texts);

    assertThat(MiniLmEncoder.sessionRuns()).isEqualTo(runs);
    assertThat(second).isDeepEqualTo(first);
  }

  @Test
  void aLaterListEncodesOnlyTheTextsNotSeenBeforeAndKeepsItsOrder() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingCache cache = cache(encoder);
    float[][] train = cache.encode(List.of("a", "bb", "ccc"));
    // The refit on train+valid: the train texts again, in another order, plus new ones.
    float[][] refit = cache.encode(List.of("ccc", "dddd", "a", "dddd", "bb"));

    assertThat(encoder.seen).containsExactly("a", "bb", "ccc", "dddd");
    assertThat(refit[0]).isEqualTo(train[2]);
    assertThat(refit[2]).isEqualTo(train[0]);
    assertThat(refit[4]).isEqualTo(train[1]);
    assertThat(refit[1]).containsExactly(4, "dddd".hashCode(), 'd');
    assertThat(refit[3]).isEqualTo(refit[1]);
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void encodesInChunksReportingProgressAndKeepsTheChunksDoneWhenStopped() {
    int total = EmbeddingCache.CHUNK * 2 + 10;
    List<String> texts = IntStream.range(0, total).mapToObj(i -> "text " + i).toList();
    CountingEncoder encoder = new CountingEncoder();
    List<Long> reported = new ArrayList<>();
    ProgressListener progress =
        new ProgressListener() {
          @Override
          public void start(String task, long expected) {
            reported.add(-expected);
          }

          @Override
          public void advance(long done) {
            reported.add(done);
          }

          @Override
          public void finish() {}
        };
    // A run stopped during its third chunk (Ctrl-C while MiniLM encodes).
    Encoder failing =
        new Encoder() {
          int calls;

          @Override
          public String id() {
            return encoder.id();
          }

          @Override
          public int dimension() {
            return encoder.dimension();
          }

          @Override
          public float[][] encode(List<String> chunk) {
            if (++calls == 3) {
              throw new IllegalStateException("interrupted");
            }
            return encoder.encode(chunk);
          }
        };
    EmbeddingCache stopped =
        new EmbeddingCache(() -> failing, encoder.id(), encoder.dimension(), dir, 1);
    assertThatThrownBy(() -> stopped.encode(texts, progress)).hasMessage("interrupted");
    assertThat(reported)
        .containsExactly((long) -total, (long) EmbeddingCache.CHUNK, 2L * EmbeddingCache.CHUNK);
    assertThat(stopped.size()).isEqualTo(2 * EmbeddingCache.CHUNK);

    // The next run encodes only the texts of the chunk that was lost.
    encoder.seen.clear();
    float[][] vectors = cache(encoder).encode(texts);
    assertThat(encoder.seen)
        .containsExactlyElementsOf(texts.subList(2 * EmbeddingCache.CHUNK, total));
    assertThat(vectors[0]).containsExactly(6, "text 0".hashCode(), 't');
  }

  @Test
  void aSpentBudgetStopsAfterTheChunkUnderWayAndTheNextRunGoesOnFromThere() {
    int total = EmbeddingCache.CHUNK * 3;
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      texts.add("budget text " + i);
    }
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingCache cache = cache(encoder);
    int[] asked = {0};
    // The budget is spent once the first chunk is done.
    assertThatThrownBy(() -> cache.encode(texts, ProgressListener.NONE, () -> ++asked[0] >= 1))
        .isInstanceOf(BudgetSpentException.class)
        .hasMessage("256 of 768 new texts embedded and kept in the cache for the next run");
    assertThat(cache.size()).isEqualTo(EmbeddingCache.CHUNK);
    float[][] all = cache.encode(texts, ProgressListener.NONE, () -> false);
    assertThat(all).hasNumberOfRows(total);
    assertThat(encoder.seen).hasSize(total);
  }

  @Test
  void anotherEncoderIdGetsAnotherFolder() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingCache a = new EmbeddingCache(() -> encoder, "encoder-a", 3, dir, 1);
    EmbeddingCache b = new EmbeddingCache(() -> encoder, "encoder-b", 3, dir, 1);
    assertThat(a.folder()).isNotEqualTo(b.folder());
    a.encode(List.of("x"));
    b.encode(List.of("x"));
    assertThat(encoder.seen).containsExactly("x", "x");
  }

  @Test
  void aTailLeftByAKilledWriterIsCutOffAndTheTextEncodedAgain() throws Exception {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingCache cache = cache(encoder);
    cache.encode(List.of("one", "two"));
    // A writer killed after its vectors and before its keys: half a vector of garbage.
    Files.write(
        cache.folder().resolve(EmbeddingCache.VECTORS), new byte[6], StandardOpenOption.APPEND);
    EmbeddingCache later =
        new EmbeddingCache(() -> encoder, encoder.id(), encoder.dimension(), dir, 1);
    float[][] vectors = later.encode(List.of("three", "one"));

    assertThat(encoder.seen).containsExactly("one", "two", "three");
    assertThat(vectors[0]).containsExactly(5, "three".hashCode(), 't');
    assertThat(vectors[1]).containsExactly(3, "one".hashCode(), 'o');
    assertThat(cache.folder().resolve(EmbeddingCache.VECTORS)).hasSize(3L * 3 * Float.BYTES);
  }

  @Test
  void shortListsAreEncodedDirectlyAndNotStored() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingCache cache =
        new EmbeddingCache(() -> encoder, encoder.id(), encoder.dimension(), dir, 10);
    cache.encode(List.of("just one"));
    cache.encode(List.of("just one"));
    assertThat(encoder.seen).containsExactly("just one", "just one");
    assertThat(cache.folder()).doesNotExist();
  }
}
