package dev.autolab.train.race;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.plan.Candidate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link TrialStore} in a folder: one subfolder per candidate holding its model ({@code model/},
 * as {@link TrainedModel#save} writes it) and {@code trial.json} (the candidate and its {@link
 * Standing}). {@code trial.json} is written last and atomically, so a trial whose saving was cut
 * short (a {@code kill -9}) has none and is trained again.
 */
public final class TrialFolder implements TrialStore {
  static final String TRIAL_FILE = "trial.json";

  /** The format of {@code trial.json}. */
  public static final int SCHEMA_VERSION = 1;

  private final Path dir;

  public TrialFolder(Path dir) {
    this.dir = dir;
  }

  /** What {@code trial.json} holds: which candidate was trained and how it placed. */
  private record TrialFile(
      int schemaVersion,
      String candidate,
      String family,
      Map<String, Object> params,
      Standing standing) {}

  @Override
  public void save(Candidate candidate, TrainedModel model, Standing standing) {
    Path trialDir = dir.resolve(folderName(candidate.name()));
    deleteRecursively(trialDir); // what an earlier, cut-short save left
    model.save(trialDir.resolve("model"));
    Json.writeAtomically(
        trialDir.resolve(TRIAL_FILE),
        new TrialFile(
            SCHEMA_VERSION, candidate.name(), candidate.family(), candidate.params(), standing));
  }

  @Override
  public Optional<StoredTrial> find(Candidate candidate) {
    Path trialDir = dir.resolve(folderName(candidate.name()));
    Path file = trialDir.resolve(TRIAL_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode kept = readTree(file);
    if (kept.path("schemaVersion").asInt() > SCHEMA_VERSION || !sameCandidate(kept, candidate)) {
      return Optional.empty();
    }
    Standing standing = Json.mapper().convertValue(kept.get("standing"), Standing.class);
    TrainedModel model = ModelLoader.load(trialDir.resolve("model"));
    return Optional.of(new StoredTrial(model, standing, trialDir.toString()));
  }

  /**
   * The latest finish time of the trials kept here, in seconds from the start of their race: how
   * much of the time budget the race had spent when its last kept trial ended (0 with none).
   */
  public double latestFinish() {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> trials = Files.list(dir)) {
      return trials
          .map(trial -> trial.resolve(TRIAL_FILE))
          .filter(Files::isRegularFile)
          .mapToDouble(file -> readTree(file).at("/standing/finished_s").asDouble(0))
          .filter(Double::isFinite)
          .max()
          .orElse(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** How many trials are kept here whole. */
  public int size() {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> trials = Files.list(dir)) {
      return (int) trials.filter(trial -> Files.isRegularFile(trial.resolve(TRIAL_FILE))).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Whether a kept trial is of this very candidate. Compared as JSON text read back, so that a
   * value's Java type (an int planned, a long read) does not matter, only what was written.
   */
  private static boolean sameCandidate(JsonNode kept, Candidate candidate) {
    return candidate.name().equals(kept.path("candidate").asText())
        && candidate.family().equals(kept.path("family").asText())
        && kept.path("params").equals(readTree(Json.line(candidate.params())));
  }

  /**
   * The candidate's folder name: its name, with anything but letters, digits, '.', '-', '_' as '_'.
   */
  static String folderName(String candidate) {
    String name = candidate.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() || name.startsWith(".") ? "_" + name : name;
  }

  private static JsonNode readTree(Path file) {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
