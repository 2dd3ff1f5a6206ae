package dev.autolab.cli.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.cli.CommonOptions;
import dev.autolab.core.BadInputException;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.Registry;
import dev.autolab.registry.RunFolder;
import dev.autolab.registry.card.ModelCard;
import dev.autolab.registry.card.ModelIndexValidator;
import dev.autolab.registry.store.RegistryIndex.AliasMove;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autolab registry list|show|promote|rollback|pull|check}. */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "Models, versions and stages of the registry.")
public final class RegistryCommand {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Command(name = "list", description = "Every model with its stages.")
  int list(@Mixin CommonOptions common) {
    try (Registry registry = RegistryAccess.open(common)) {
      for (String name : registry.models()) {
        out()
            .println(
                name
                    + "  versions "
                    + registry.versions(name).size()
                    + "  "
                    + registry.aliases(name));
      }
    }
    out().flush();
    return 0;
  }

  @Command(name = "show", description = "A model's versions, lineage, stages and history.")
  int show(@Parameters(paramLabel = "NAME") String name, @Mixin CommonOptions common) {
    try (Registry registry = RegistryAccess.open(common)) {
      List<ModelVersion> versions = registry.versions(name);
      Map<String, Integer> aliases = registry.aliases(name);
      out()
          .println(
              name
                  + "  approval for production: "
                  + (registry.policy(name).requireApproval() ? "required" : "not required"));
      for (ModelVersion v : versions) {
        StringBuilder stages = new StringBuilder();
        aliases.forEach((stage, n) -> stages.append(n == v.version() ? " [" + stage + "]" : ""));
        out()
            .println(
                String.format(
                    Locale.ROOT,
                    "v%d%s  %s %.4f  %s  %d bytes  run %s  data %s  parent %s  git %s%s  %s%s",
                    v.version(),
                    stages,
                    v.metric(),
                    v.metricValue(),
                    v.family(),
                    v.bytes(),
                    v.runId(),
                    abbreviate(v.dataFingerprint()),
                    v.parentVersion() == null ? "-" : "v" + v.parentVersion(),
                    abbreviate(v.gitCommit()),
                    Boolean.TRUE.equals(v.gitDirty()) ? " (dirty)" : "",
                    v.approvedBy() == null ? "not approved" : "approved by " + v.approvedBy(),
                    registry.remotes(v).isEmpty() ? "" : "  remotes " + registry.remotes(v)));
      }
      for (AliasMove move : registry.history(name)) {
        out()
            .println(
                "  "
                    + move.time()
                    + "  "
                    + move.alias()
                    + " -> v"
                    + move.version()
                    + "  ("
                    + move.reason()
                    + ")");
      }
    }
    out().flush();
    return 0;
  }

  @Command(
      name = "promote",
      description = "Point a stage (candidate, staging, production) at a version.")
  int promote(
      @Parameters(index = "0", paramLabel = "MODEL@VERSION") String ref,
      @Parameters(index = "1", paramLabel = "STAGE") String stage,
      @Option(names = "--notify", paramLabel = "URL") String notify,
      @Mixin CommonOptions common) {
    RegistryAccess.Ref r = RegistryAccess.ref(ref);
    try (Registry registry = RegistryAccess.open(common)) {
      Registry.Promotion p =
          registry.promote(r.name(), r.version(), stage.toLowerCase(Locale.ROOT), notify);
      out()
          .println(
              stage
                  + " -> "
                  + p.version().ref()
                  + (p.previous() == null ? "" : " (was " + p.previous().ref() + ")"));
      p.changes().forEach(c -> out().println("critical change: " + c));
    }
    out().flush();
    return 0;
  }

  @Command(name = "rollback", description = "Move production back to the previous version.")
  int rollback(@Parameters(paramLabel = "NAME") String name, @Mixin CommonOptions common) {
    try (Registry registry = RegistryAccess.open(common)) {
      Registry.Promotion p = registry.rollback(name);
      out()
          .println(
              "production -> "
                  + p.version().ref()
                  + " (rolled back from "
                  + p.previous().ref()
                  + ")");
    }
    out().flush();
    return 0;
  }

  @Command(
      name = "pull",
      description =
          "Download a version (from a remote, or the local store) and verify it byte for byte.")
  int pull(
      @Parameters(index = "0", paramLabel = "MODEL@VERSION") String ref,
      @Option(names = "--from", paramLabel = "URL") String from,
      @Option(names = "--out", paramLabel = "DIR", required = true) Path outDir,
      @Mixin CommonOptions common) {
    RegistryAccess.Ref r = RegistryAccess.ref(ref);
    try (Registry registry = RegistryAccess.open(common)) {
      ModelVersion v = registry.version(r.name(), r.version());
      List<String> problems;
      if (from == null) {
        registry.export(v, outDir);
        problems = registry.manifest(v).verify(outDir);
      } else {
        problems = registry.pull(v, from, outDir);
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(v.ref() + " differs from the registry: " + problems);
      }
      out()
          .println(
              "pulled "
                  + v.ref()
                  + " into "
                  + outDir
                  + ": "
                  + registry.manifest(v).files().size()
                  + " files, every byte verified (digest "
                  + v.digest().substring(0, 12)
                  + ")");
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    out().flush();
    return 0;
  }

  @Command(
      name = "check",
      description =
          "Validate a run's card against the model-index rules and compare its metrics with"
              + " evaluation.json.")
  int check(@Parameters(paramLabel = "RUN") String run, @Mixin CommonOptions common) {
    RunFolder folder = RegistryAccess.run(common, run);
    Path readme = folder.modelDir().resolve("README.md");
    JsonNode meta;
    try {
      meta = ModelCard.frontMatter(Files.readString(readme, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException("cannot read " + readme + ": " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>(ModelIndexValidator.validate(meta));
    int compared = 0;
    for (JsonNode result : meta.path("model-index").path(0).path("results")) {
      for (JsonNode metric : result.path("metrics")) {
        String name = metric.path("name").asText();
        JsonNode expected = folder.evaluation().at("/metrics/" + name);
        compared++;
        if (!expected.isNumber() || expected.doubleValue() != metric.path("value").doubleValue()) {
          problems.add(name + ": card " + metric.path("value") + " != evaluation.json " + expected);
        }
      }
    }
    if (compared == 0) {
      problems.add("the card's model-index has no metrics");
    }
    problems.forEach(p -> out().println("problem: " + p));
    out()
        .println(
            readme
                + ": "
                + (problems.isEmpty() ? "valid" : "INVALID")
                + ", "
                + compared
                + " model-index metrics compared with evaluation.json");
    out().flush();
    return problems.isEmpty() ? 0 : 1;
  }

  private static String abbreviate(String s) {
    return s == null ? "-" : s.substring(0, Math.min(12, s.length()));
  }
}
