package dev.autolab.cli.runs;

import dev.autolab.core.BadInputException;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.core.tracking.TrackingStore;

/** Finds a run by id or prefix, with errors a user can act on. */
final class RunLookup {
  private RunLookup() {}

  static RunDetails find(TrackingStore store, String idOrPrefix) {
    try {
      return store
          .findRun(idOrPrefix)
          .orElseThrow(
              () ->
                  new BadInputException(
                      "no run '"
                          + idOrPrefix
                          + "' in the tracking store: see 'autolab runs list'"));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
