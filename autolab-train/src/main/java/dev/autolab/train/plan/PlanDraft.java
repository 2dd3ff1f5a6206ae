package dev.autolab.train.plan;

import dev.autolab.core.DatasetSchema;
import dev.autolab.eval.Metric;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan while rules shape it: the facts they read and the candidates they edit. */
final class PlanDraft {
  final DatasetSchema schema;
  final int trainRows;
  final Map<String, String> overrides;
  final Metric metric;
  final Machine machine;

  /** The race's time budget, or null when it has none. */
  final Duration budget;

  private final Map<String, Draft> candidates = new LinkedHashMap<>();

  PlanDraft(
      DatasetSchema schema,
      int trainRows,
      Map<String, String> overrides,
      Metric metric,
      Machine machine,
      Duration budget) {
    this.schema = schema;
    this.trainRows = trainRows;
    this.overrides = Map.copyOf(overrides);
    this.metric = metric;
    this.machine = machine;
    this.budget = budget;
  }

  private static final class Draft {
    final String family;
    final Map<String, Object> params = new LinkedHashMap<>();
    final List<Reason> reasons = new ArrayList<>();

    Draft(String family) {
      this.family = family;
    }
  }

  /** Adds the candidate of {@code family} (named after it), or a reason to it. */
  void add(String family, Reason reason) {
    candidates.computeIfAbsent(family, Draft::new).reasons.add(reason);
  }

  /**
   * Adds candidate {@code name}: a copy of candidate {@code base} (its family, settings and
   * reasons) with {@code key} set to {@code value} for {@code reason}.
   */
  void addVariant(String base, String name, String key, Object value, Reason reason) {
    Draft from = candidates.get(base);
    Draft variant = new Draft(from.family);
    variant.params.putAll(from.params);
    variant.params.put(key, value);
    variant.reasons.addAll(from.reasons);
    variant.reasons.add(reason);
    candidates.put(name, variant);
  }

  /** A candidate's setting, or null. */
  Object param(String name, String key) {
    Draft draft = candidates.get(name);
    return draft == null ? null : draft.params.get(key);
  }

  boolean has(String family) {
    return candidates.containsKey(family);
  }

  List<String> families() {
    return List.copyOf(candidates.keySet());
  }

  void removeAllBut(String family) {
    candidates.keySet().removeIf(f -> !f.equals(family));
  }

  /** Sets a parameter of {@code family}'s candidate, when there is one. */
  void set(String family, String key, Object value, Reason reason) {
    Draft draft = candidates.get(family);
    if (draft != null) {
      draft.params.put(key, value);
      draft.reasons.add(reason);
    }
  }

  /** Adds a reason to every candidate. */
  void noteAll(Reason reason) {
    candidates.values().forEach(d -> d.reasons.add(reason));
  }

  Plan toPlan() {
    List<Candidate> list = new ArrayList<>();
    candidates.forEach((name, d) -> list.add(new Candidate(name, d.family, d.params, d.reasons)));
    return Plan.of(list);
  }
}
