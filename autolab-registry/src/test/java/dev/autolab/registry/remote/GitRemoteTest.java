package dev.autolab.registry.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.store.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRemoteTest {
  @TempDir Path tmp;
  private Path pkg;

  @BeforeEach
  void aPackageWithWeightsAndALargeFile() throws IOException {
    pkg = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(pkg.resolve("README.md"), "# card\n");
    Files.write(pkg.resolve("model.onnx"), random(2048, 1));
    Files.createDirectories(pkg.resolve("data files"));
    Files.write(
        pkg.resolve("data files/big table.dat"), random((int) Lfs.PLAIN_FILE_LIMIT + 10, 2));
  }

  @Test
  void weightsAndFilesOverTenMebibytesGoThroughLfs() {
    assertThat(Lfs.tracked(Path.of("model.onnx"), 10)).isTrue();
    assertThat(Lfs.tracked(Path.of("sub/weights.params"), 10)).isTrue();
    assertThat(Lfs.tracked(Path.of("README.md"), 10)).isFalse();
    assertThat(Lfs.tracked(Path.of("table.csv"), Lfs.PLAIN_FILE_LIMIT + 1)).isTrue();
  }

  @Test
  void aPushStoresLfsObjectsThatGitLfsChecksOutAndThatPullVerifiesByteForByte() throws Exception {
    Path bare = tmp.resolve("models.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
    GitRemote remote = new GitRemote(bare.toUri().toString());

    remote.push(version(1), Manifest.of(pkg), pkg);

    // The commit holds pointers; the objects sit where git-lfs looks in a local remote.
    String pointer = git(tmp, "--git-dir", bare.toString(), "show", "v1:model.onnx");
    assertThat(pointer).startsWith("version https://git-lfs.github.com/spec/v1\noid sha256:");
    assertThat(git(tmp, "--git-dir", bare.toString(), "show", "v1:.gitattributes"))
        .contains("*.onnx filter=lfs diff=lfs merge=lfs -text")
        .contains("data[[:space:]]files/big[[:space:]]table.dat filter=lfs");
    try (Stream<Path> objects = Files.walk(bare.resolve("lfs/objects"))) {
      assertThat(objects.filter(Files::isRegularFile).count()).isEqualTo(2);
    }

    // The real git-lfs, as a user cloning the repository gets it.
    Path clone = tmp.resolve("clone");
    git(
        tmp,
        "-c",
        "filter.lfs.smudge=git-lfs smudge -- %f",
        "-c",
        "filter.lfs.process=git-lfs filter-process",
        "-c",
        "filter.lfs.required=true",
        "clone",
        "-q",
        "-b",
        "v1",
        bare.toUri().toString(),
        clone.toString());
    assertSameFiles(pkg, clone, "model.onnx", "data files/big table.dat", "README.md");

    Path pulled = tmp.resolve("pulled");
    remote.pull("spam", 1, pulled);
    assertSameFiles(pkg, pulled, "model.onnx", "data files/big table.dat", "README.md");
    assertThat(pulled.resolve(Lfs.ATTRIBUTES)).doesNotExist();
  }

  @Test
  void aHubRepositoryOverHttpsIsRefusedFilesOverTenMebibytesBeforeAnythingIsSent() {
    GitRemote hub = new GitRemote("https://huggingface.co/team/model");
    assertThatThrownBy(() -> hub.push(version(1), Manifest.of(pkg), pkg))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("big table.dat")
        .hasMessageContaining("Git LFS");
  }

  private static ModelVersion version(int n) {
    return new ModelVersion(
        "spam",
        n,
        "d",
        "run-1",
        "/runs/1",
        "fp",
        null,
        "linear",
        "macro_f1",
        0.9,
        100,
        null,
        null,
        "2026-11-24T00:00:00Z",
        null,
        null);
  }

  private static byte[] random(int bytes, long seed) {
    byte[] data = new byte[bytes];
    new Random(seed).nextBytes(data);
    return data;
  }

  private static void assertSameFiles(Path expected, Path actual, String... files)
      throws IOException {
    for (String file : files) {
      assertThat(Files.mismatch(expected.resolve(file), actual.resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
  }

  /** Runs the git command line (with git-lfs installed: see CONTRIBUTING.md). */
  private static String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }
}
