package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Three trained penguins runs sharing one test file, made once for the publish-stage tests: two
 * good ones (different seeds) and one trained on labels that were mostly rotated to the wrong
 * species, so that its test macro-F1 is far below the others'.
 *
 * <p>Training them takes a while, so every test class that registers {@link Shared} gets the same
 * three runs as a test parameter; their temporary folder is deleted when the test run ends.
 */
final class PublishFixtures implements AutoCloseable {
  static final String[] CLASSES = {"Adelie", "Chinstrap", "Gentoo"};

  final Path dir;
  final Path good1;
  final Path good2;
  final Path worse;

  private PublishFixtures(Path dir) throws IOException {
    this.dir = dir;
    List<String> lines =
        Files.readAllLines(CliRunner.EXAMPLES.resolve("penguins.csv"), StandardCharsets.UTF_8);
    List<String> train = new ArrayList<>(List.of(lines.get(0)));
    List<String> noisy = new ArrayList<>(List.of(lines.get(0)));
    List<String> test = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i % 6 == 0) {
        test.add(line);
        continue;
      }
      train.add(line);
      noisy.add(i % 10 < 7 ? rotateLabel(line) : line);
    }
    Files.write(dir.resolve("train.csv"), train);
    Files.write(dir.resolve("noisy.csv"), noisy);
    Files.write(dir.resolve("test.csv"), test);
    CliRunner cli = new CliRunner(dir);
    good1 = train(cli, "train.csv", "good1", "1");
    good2 = train(cli, "train.csv", "good2", "2");
    worse = train(cli, "noisy.csv", "worse", "1");
  }

  private static PublishFixtures create() {
    try {
      Path dir = Files.createTempDirectory("autolab-publish");
      try {
        return new PublishFixtures(dir);
      } catch (IOException | RuntimeException | Error e) {
        deleteTree(dir);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the runs and their data; JUnit calls it when the root context closes. */
  @Override
  public void close() throws IOException {
    deleteTree(dir);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Resolves a {@code PublishFixtures} parameter. The runs live in the root context's store, so
   * they are made once for all test classes, and JUnit closes (deletes) them after the last one.
   */
  static final class Shared implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == PublishFixtures.class;
    }

    @Override
    public PublishFixtures resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(PublishFixtures.class))
          .getOrComputeIfAbsent(PublishFixtures.class, key -> create(), PublishFixtures.class);
    }
  }

  private Path train(CliRunner cli, String data, String name, String seed) {
    Path run = dir.resolve(name);
    CliRunner.Result r =
        cli.run(
            "train",
            dir.resolve(data).toString(),
            "--test",
            dir.resolve("test.csv").toString(),
            "--target",
            "Species",
            "--set",
            "family=linear",
            "--max-rounds",
            "1",
            "--seed",
            seed,
            "--out",
            run.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return run;
  }

  private static String rotateLabel(String line) {
    for (int k = 0; k < CLASSES.length; k++) {
      if (line.startsWith(CLASSES[k] + ",")) {
        return CLASSES[(k + 1) % CLASSES.length] + line.substring(CLASSES[k].length());
      }
    }
    return line;
  }
}
