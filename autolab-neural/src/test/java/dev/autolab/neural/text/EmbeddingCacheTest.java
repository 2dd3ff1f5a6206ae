package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  @Test
  void aSecondEncodeReadsTheFileWithoutRunningTheModel() {
    List<String> texts = IntStream.range(0, 5).mapToObj(i -> "message number " + i).toList();
    EmbeddingCache cache =
        new EmbeddingCache(
            MiniLmEncoder::shared, ModelResources.id(), MiniLmEncoder.DIMENSION, dir, 1);

    float[][] first = cache.encode(texts);
    assertThat(cache.file(texts)).isRegularFile().hasSize(5L * 384 * Float.BYTES);
    long runs = MiniLmEncoder.sessionRuns();
    float[][] second = cache.encode(texts);

    assertThat(MiniLmEncoder.sessionRuns()).isEqualTo(runs);
    assertThat(second).isDeepEqualTo(first);
  }

  @Test
  void otherTextsOrAnotherOrderGetAnotherFile() {
    EmbeddingCache cache = new EmbeddingCache(() -> null, "encoder-a", 384, dir, 1);
    Path ab = cache.file(List.of("a", "b"));
    assertThat(cache.file(List.of("b", "a"))).isNotEqualTo(ab);
    assertThat(cache.file(List.of("ab"))).isNotEqualTo(ab);
    assertThat(new EmbeddingCache(() -> null, "encoder-b", 384, dir, 1).file(List.of("a", "b")))
        .isNotEqualTo(ab);
  }

  @Test
  void aTruncatedFileIsEncodedAgain() throws Exception {
    List<String> texts = List.of("one", "two");
    EmbeddingCache cache =
        new EmbeddingCache(
            MiniLmEncoder::shared, ModelResources.id(), MiniLmEncoder.DIMENSION, dir, 1);
    float[][] first = cache.encode(texts);
    Files.write(cache.file(texts), new byte[10]);
    assertThat(cache.encode(texts)).isDeepEqualTo(first);
  }
}
