package dev.autolab.data.split;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the splits were made, enough to check that a later run used the same ones.
 *
 * @param method "stratified" (by class), "random" (regression), or "files" when a --valid or --test
 *     file supplied a split; the rest of the main file is then divided stratified or at random in
 *     the same way
 * @param seed the run seed the split seed was derived from
 * @param train rows in the train split
 * @param valid rows in the valid split
 * @param test rows in the test split
 * @param fingerprints split name (train, valid, test) to the SHA-256 of its rows
 */
public record SplitInfo(
    String method, long seed, int train, int valid, int test, Map<String, String> fingerprints) {
  private static final Set<String> METHODS = Set.of("stratified", "random", "files");

  public SplitInfo {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown split method '" + method + "': use " + METHODS);
    }
    Objects.requireNonNull(fingerprints, "fingerprints");
    fingerprints = Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
  }
}
