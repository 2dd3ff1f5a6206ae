package dev.autolab.train.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration the race will train: a family, the parameters its trainer reads, and the
 * reasons behind the family and each value.
 *
 * @param name unique within the plan
 * @param family the model family
 * @param params the trainer's parameters (JSON-shaped values)
 * @param reasons the rules that produced this candidate and its values, in the order they fired
 */
public record Candidate(
    String name, String family, Map<String, Object> params, List<Reason> reasons) {
  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    reasons = List.copyOf(reasons);
  }
}
