package dev.autolab.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
  @TempDir Path tmp;

  @Test
  void storesEachContentOnceAndWritesItBackByteForByte() throws Exception {
    Path pkg = Files.createDirectories(tmp.resolve("pkg/sub"));
    Files.writeString(tmp.resolve("pkg/a.txt"), "same");
    Files.writeString(pkg.resolve("b.txt"), "same");
    Files.write(tmp.resolve("pkg/model.bin"), new byte[] {0, 1, 2, (byte) 255});
    ContentStore store = new ContentStore(tmp.resolve("store"));
    Manifest manifest = store.putAll(tmp.resolve("pkg"));
    assertThat(manifest.files())
        .extracting(Manifest.Entry::path)
        .containsExactly("a.txt", "model.bin", "sub/b.txt");
    try (var objects = Files.walk(tmp.resolve("store/objects"))) {
      assertThat(objects.filter(Files::isRegularFile).count()).isEqualTo(2);
    }
    Path out = tmp.resolve("out");
    store.materialize(manifest, out);
    assertThat(manifest.verify(out)).isEmpty();
    assertThat(Manifest.of(out).digest()).isEqualTo(manifest.digest());

    Files.write(out.resolve("model.bin"), new byte[] {0, 1, 2, 3});
    Files.writeString(out.resolve("extra.txt"), "x");
    assertThat(manifest.verify(out))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("model.bin: sha256"))
        .anySatisfy(p -> assertThat(p).isEqualTo("extra.txt: not in the manifest"));
  }

  @Test
  void theDigestDependsOnContentOnly() throws Exception {
    Files.createDirectories(tmp.resolve("x"));
    Files.createDirectories(tmp.resolve("y"));
    Files.writeString(tmp.resolve("x/f"), "1");
    Files.writeString(tmp.resolve("y/f"), "1");
    assertThat(Manifest.of(tmp.resolve("x")).digest())
        .isEqualTo(Manifest.of(tmp.resolve("y")).digest());
    Files.writeString(tmp.resolve("y/f"), "2");
    assertThat(Manifest.of(tmp.resolve("x")).digest())
        .isNotEqualTo(Manifest.of(tmp.resolve("y")).digest());
  }
}
