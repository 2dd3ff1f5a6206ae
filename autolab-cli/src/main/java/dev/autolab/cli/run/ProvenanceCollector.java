package dev.autolab.cli.run;

import dev.autolab.cli.Versions;
import dev.autolab.core.Provenance;
import dev.autolab.neural.engine.EngineInfo;
import dev.autolab.neural.engine.NeuralEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Reads the code version, machine and libraries a run executes on. */
public final class ProvenanceCollector {
  private ProvenanceCollector() {}

  /** Provenance as seen from the working directory {@code workDir}. */
  public static Provenance collect(Path workDir) {
    String commit = git(workDir, "rev-parse", "HEAD");
    String status = commit == null ? null : git(workDir, "status", "--porcelain");
    Boolean dirty = status == null ? null : !status.isEmpty();
    return new Provenance(
        Provenance.SCHEMA_VERSION,
        Versions.autolab(),
        commit,
        dirty,
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores",
        gpus(),
        Versions.libraries());
  }

  /**
   * {@code provenance} plus the neural engine's native library, device, threads and start-up time
   * when this run started the engine (it starts only when a network trains or predicts).
   */
  public static Provenance withEngines(Provenance provenance) {
    Optional<EngineInfo> engine = NeuralEngine.started();
    if (provenance == null || engine.isEmpty()) {
      return provenance;
    }
    Map<String, String> libraries = new TreeMap<>(provenance.libraries());
    libraries.putAll(engine.get().asLibraries());
    return new Provenance(
        provenance.schemaVersion(),
        provenance.autolabVersion(),
        provenance.gitCommit(),
        provenance.gitDirty(),
        provenance.jdk(),
        provenance.os(),
        provenance.cpu(),
        provenance.gpu(),
        libraries);
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      }
    } catch (IOException e) {
      // Not fatal: provenance then says the model is unknown.
    }
    return System.getProperty("os.arch");
  }

  /** NVIDIA GPUs as the kernel driver lists them; "none" without the driver. */
  private static String gpus() {
    Path gpus = Path.of("/proc/driver/nvidia/gpus");
    if (!Files.isDirectory(gpus)) {
      return "none";
    }
    try (var entries = Files.list(gpus)) {
      List<Path> found = entries.toList();
      return found.isEmpty() ? "none" : found.size() + " NVIDIA GPU(s)";
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The trimmed output of a git command, or null when git or the repository is absent. */
  private static String git(Path workDir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", workDir.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getErrorStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return null;
      }
      return out.trim();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
