package dev.autolab.cli.publish;

import dev.autolab.cli.CommonOptions;
import dev.autolab.core.BadInputException;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.registry.Registry;
import dev.autolab.registry.RunFolder;
import dev.autolab.tracking.SqliteTrackingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** How the publish-stage commands find the registry, runs and versions. */
final class RegistryAccess {
  private RegistryAccess() {}

  /** The registry under the home folder: artifacts in runs/registry/, index in the store. */
  static Registry open(CommonOptions common) {
    return Registry.open(
        common.runsDir().resolve("registry"), common.trackingFile(), Clock.systemUTC());
  }

  /** A run given as its folder, or as its id (or a unique prefix) in the tracking store. */
  static RunFolder run(CommonOptions common, String run) {
    Path path = Path.of(run);
    if (Files.isDirectory(path)) {
      return RunFolder.read(path);
    }
    if (!Files.exists(common.trackingFile())) {
      throw new BadInputException(
          "no run folder '" + run + "' and no tracking store to look it up");
    }
    try (SqliteTrackingStore store = SqliteTrackingStore.open(common.trackingFile())) {
      RunDetails details =
          store
              .findRun(run)
              .orElseThrow(
                  () -> new BadInputException("no run '" + run + "': see 'autolab runs list'"));
      return RunFolder.read(Path.of(details.summary().dir()));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /** {@code NAME@VERSION}. */
  record Ref(String name, int version) {}

  static Ref ref(String text) {
    int at = text.lastIndexOf('@');
    try {
      if (at > 0) {
        return new Ref(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException("'" + text + "': name a version as MODEL@VERSION, e.g. spam@2");
  }
}
