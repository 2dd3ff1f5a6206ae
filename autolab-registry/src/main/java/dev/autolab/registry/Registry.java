package dev.autolab.registry;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.registry.card.ModelPackage;
import dev.autolab.registry.policy.CriticalChanges;
import dev.autolab.registry.policy.Notifier;
import dev.autolab.registry.policy.PromotionBlockedException;
import dev.autolab.registry.remote.Remote;
import dev.autolab.registry.store.ContentStore;
import dev.autolab.registry.store.Manifest;
import dev.autolab.registry.store.RegistryIndex;
import dev.autolab.registry.store.RegistryIndex.AliasMove;
import dev.autolab.registry.store.RegistryIndex.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The model registry: named models with immutable, content-addressed versions, stage aliases
 * ({@code candidate}, {@code staging}, {@code production}), approvals, a quality gate on promotion
 * to production, notifications of critical changes, and remotes. Artifacts live in a local folder,
 * the index in the tracking store's SQLite file.
 */
public final class Registry implements AutoCloseable {
  public static final List<String> STAGES = List.of("candidate", "staging", "production");

  /** Promotion to production is blocked when the headline metric is more than 5% worse. */
  public static final double PRODUCTION_TOLERANCE = 0.05;

  private final ContentStore store;
  private final RegistryIndex index;
  private final Clock clock;
  private final Notifier notifier = new Notifier();

  private Registry(ContentStore store, RegistryIndex index, Clock clock) {
    this.store = store;
    this.index = index;
    this.clock = clock;
  }

  /** Opens the registry whose artifacts are in {@code dir} and whose index is in {@code db}. */
  public static Registry open(Path dir, Path db, Clock clock) {
    return new Registry(new ContentStore(dir), RegistryIndex.open(db), clock);
  }

  /** What {@code publish} did. */
  public record Published(
      ModelVersion version, boolean existed, List<String> criticalChanges, boolean notified) {}

  /**
   * Publishes a run as the next version of {@code name} (or finds the version with the same
   * content), completes its package with the generated card, stores its files and aliases it {@code
   * candidate}.
   *
   * @param requireApproval the policy of a new model (ignored for an existing one)
   * @param notifyUrl where critical changes are posted; remembered for the model when given
   */
  public Published publish(
      RunFolder run, String name, String license, boolean requireApproval, String notifyUrl) {
    checkName(name);
    ModelPackage.complete(run, name, license);
    Manifest manifest = store.putAll(run.modelDir());
    Json.write(store.root().resolve("manifests").resolve(manifest.digest() + ".json"), manifest);
    String now = clock.instant().toString();
    Optional<Policy> policy = index.policy(name);
    if (policy.isEmpty()) {
      index.createModel(name, now, new Policy(requireApproval, notifyUrl));
    } else if (notifyUrl != null) {
      index.setNotifyUrl(name, notifyUrl);
    }
    List<ModelVersion> versions = index.versions(name);
    for (ModelVersion v : versions) {
      if (v.digest().equals(manifest.digest())) {
        return new Published(v, true, List.of(), false);
      }
    }
    Optional<ModelVersion> parent =
        current(name, "production").or(() -> versions.stream().reduce((a, b) -> b));
    ModelVersion version =
        new ModelVersion(
            name,
            versions.size() + 1,
            manifest.digest(),
            run.runId(),
            run.dir().toString(),
            run.dataFingerprint(),
            parent.map(ModelVersion::version).orElse(null),
            run.family(),
            run.headlineMetric(),
            run.evaluation().at("/metrics/" + run.headlineMetric()).asDouble(),
            manifest.totalBytes(),
            run.run().at("/provenance/git_commit").asText(null),
            run.run().at("/provenance/git_dirty").isBoolean()
                ? run.run().at("/provenance/git_dirty").asBoolean()
                : null,
            now,
            null,
            null);
    index.addVersion(version);
    index.moveAlias(name, "candidate", version.version(), now, "publish");
    List<String> changes = parent.map(p -> CriticalChanges.between(p, version)).orElse(List.of());
    boolean notified = notify(name, version, parent.orElse(null), changes, "published");
    return new Published(version, false, changes, notified);
  }

  /** Pushes a version to a remote and records it there. */
  public void push(ModelVersion version, String url) {
    Remote remote = Remote.forUrl(url);
    Path dir = tempPackage(version);
    try {
      remote.push(version, manifest(version), dir);
    } finally {
      deleteTree(dir);
    }
    index.addRemote(version.name(), version.version(), url, clock.instant().toString());
    for (Map.Entry<String, Integer> alias : aliases(version.name()).entrySet()) {
      if (alias.getValue() == version.version()) {
        remote.setAlias(version.name(), alias.getKey(), version.version());
      }
    }
  }

  public ModelVersion approve(String name, int version, String approver) {
    ModelVersion v = version(name, version);
    if (v.approvedBy() != null) {
      return v;
    }
    index.approve(name, version, approver, clock.instant().toString());
    return version(name, version);
  }

  /** What {@code promote} did: the version the stage held before, and the critical changes. */
  public record Promotion(ModelVersion version, ModelVersion previous, List<String> changes) {}

  /**
   * Points a stage at a version. Production needs an approval when the model's policy asks for one,
   * and is refused when the version's headline metric is more than 5% worse than production's.
   */
  public Promotion promote(String name, int number, String stage, String notifyUrl) {
    if (!STAGES.contains(stage)) {
      throw new BadInputException("stage '" + stage + "': use one of " + STAGES);
    }
    ModelVersion version = version(name, number);
    Optional<ModelVersion> previous = current(name, stage);
    List<String> changes = List.of();
    if (stage.equals("production")) {
      Policy policy = index.policy(name).orElseThrow();
      if (policy.requireApproval() && version.approvedBy() == null) {
        throw new PromotionBlockedException(
            version.ref()
                + " needs an approval before production: run 'autolab approve "
                + version.ref()
                + "'");
      }
      if (previous.isPresent()) {
        changes = CriticalChanges.between(previous.get(), version);
        double drop = version.relativeDropFrom(previous.get());
        if (drop > PRODUCTION_TOLERANCE) {
          notify(name, version, previous.get(), changes, "blocked from production", notifyUrl);
          throw new PromotionBlockedException(
              String.format(
                  Locale.ROOT,
                  "%s blocked from production: %s %.4f is %.1f%% worse than production %s (%.4f);"
                      + " the gate allows %.0f%%",
                  version.ref(),
                  version.metric(),
                  version.metricValue(),
                  100 * drop,
                  previous.get().ref(),
                  previous.get().metricValue(),
                  100 * PRODUCTION_TOLERANCE));
        }
      }
    }
    moveAlias(name, stage, number, "promote");
    if (previous.isPresent() && !changes.isEmpty()) {
      notify(name, version, previous.get(), changes, "promoted to " + stage, notifyUrl);
    }
    return new Promotion(version, previous.orElse(null), changes);
  }

  /** Moves production back to the version it held before the current one, at once. */
  public Promotion rollback(String name) {
    Deque<Integer> stack = productionStack(name);
    if (stack.size() < 2) {
      throw new BadInputException(
          name
              + " has no earlier production version to roll back to (production history: "
              + stack
              + ")");
    }
    ModelVersion from = version(name, stack.pop());
    ModelVersion to = version(name, stack.peek());
    moveAlias(name, "production", to.version(), "rollback");
    return new Promotion(to, from, List.of());
  }

  /** Production's versions, current on top: promotions push, rollbacks pop. */
  private Deque<Integer> productionStack(String name) {
    Deque<Integer> stack = new ArrayDeque<>();
    for (AliasMove move : index.aliasMoves(name)) {
      if (!move.alias().equals("production")) {
        continue;
      }
      if (move.reason().equals("rollback")) {
        stack.pop();
      } else {
        stack.push(move.version());
      }
    }
    return stack;
  }

  private void moveAlias(String name, String stage, int version, String reason) {
    index.moveAlias(name, stage, version, clock.instant().toString(), reason);
    for (String url : index.remotes(name, version)) {
      Remote.forUrl(url).setAlias(name, stage, version);
    }
  }

  /** Where each stage of a model points now. */
  public Map<String, Integer> aliases(String name) {
    Map<String, Integer> aliases = new TreeMap<>();
    for (AliasMove move : index.aliasMoves(name)) {
      aliases.put(move.alias(), move.version());
    }
    return aliases;
  }

  public Optional<ModelVersion> current(String name, String stage) {
    Integer v = aliases(name).get(stage);
    return v == null ? Optional.empty() : index.version(name, v);
  }

  public List<String> models() {
    return index.models();
  }

  public List<ModelVersion> versions(String name) {
    List<ModelVersion> versions = index.versions(name);
    if (versions.isEmpty()) {
      throw new BadInputException(
          "no model '" + name + "' in the registry: see 'autolab registry list'");
    }
    return versions;
  }

  public ModelVersion version(String name, int version) {
    versions(name);
    return index
        .version(name, version)
        .orElseThrow(
            () ->
                new BadInputException(
                    name
                        + " has no version "
                        + version
                        + ": see 'autolab registry show "
                        + name
                        + "'"));
  }

  public List<AliasMove> history(String name) {
    return index.aliasMoves(name);
  }

  public List<String> remotes(ModelVersion version) {
    return index.remotes(version.name(), version.version());
  }

  public Policy policy(String name) {
    return index.policy(name).orElseThrow(() -> new BadInputException("no model '" + name + "'"));
  }

  public Manifest manifest(ModelVersion version) {
    return Manifest.read(store.root().resolve("manifests").resolve(version.digest() + ".json"));
  }

  /** Writes a version's package into {@code out} from the local store, checked byte for byte. */
  public void export(ModelVersion version, Path out) {
    store.materialize(manifest(version), out);
  }

  /**
   * Downloads a version from a remote into {@code out} and checks every byte against the registry's
   * manifest; returns the problems (empty: identical).
   */
  public List<String> pull(ModelVersion version, String url, Path out) {
    Remote.forUrl(url).pull(version.name(), version.version(), out);
    return manifest(version).verify(out);
  }

  private boolean notify(
      String name, ModelVersion version, ModelVersion before, List<String> changes, String what) {
    return notify(name, version, before, changes, what, null);
  }

  private boolean notify(
      String name,
      ModelVersion version,
      ModelVersion before,
      List<String> changes,
      String what,
      String url) {
    String target = url != null ? url : index.policy(name).map(Policy::notifyUrl).orElse(null);
    if (target == null || changes.isEmpty()) {
      return false;
    }
    notifier.send(
        target,
        "Autolab: "
            + version.ref()
            + " "
            + what
            + " — critical changes against "
            + before.ref()
            + ":",
        new ArrayList<>(changes));
    return true;
  }

  private Path tempPackage(ModelVersion version) {
    try {
      Path dir = Files.createTempDirectory("autolab-package");
      export(version, dir);
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void checkName(String name) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,95}")) {
      throw new BadInputException(
          "model name '" + name + "': use letters, digits, '.', '_' and '-' (at most 96)");
    }
  }

  @Override
  public void close() {
    index.close();
  }
}
