package dev.autolab.train.plan;

import java.util.List;

/**
 * The candidates a run will race, serialised to {@code plan.json}.
 *
 * @param schemaVersion format version
 * @param candidates in the order they are trained
 */
public record Plan(int schemaVersion, List<Candidate> candidates) {
  public static final int SCHEMA_VERSION = 1;

  public Plan {
    candidates = List.copyOf(candidates);
  }

  public static Plan of(List<Candidate> candidates) {
    return new Plan(SCHEMA_VERSION, candidates);
  }
}
