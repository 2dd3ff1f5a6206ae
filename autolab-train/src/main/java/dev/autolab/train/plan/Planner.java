package dev.autolab.train.plan;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.eval.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns a data set's shape into the candidates to race. Named rules run in order and record why
 * each candidate and value is there; the user's {@code --set} overrides run last.
 */
public final class Planner {
  private final List<PlanRule> rules =
      List.of(
          new TextColumnsRule(),
          new TabularColumnsRule(),
          new NeuralCandidatesRule(),
          new TaskLossRule(),
          new SearchSpaceRule(),
          new DataSizeRule(),
          new ClassWeightsRule(),
          new MetricRule(),
          new RefitRule(),
          new FamilyOverrideRule(),
          new ValueOverridesRule(),
          new NeuralOverridesRule(),
          new EnsembleRule(),
          // After the overrides, so it splits the machine between the candidates they kept.
          new MachineRule(),
          // Last, so each twin copies every setting of its base.
          new NeuralVariantsRule());

  /**
   * The plan for data of {@code schema} with {@code trainRows} training rows.
   *
   * @param overrides the {@code --set} pairs
   * @throws BadInputException for an unknown family or data no family can learn from
   */
  public Plan plan(DatasetSchema schema, int trainRows, Map<String, String> overrides) {
    return plan(schema, trainRows, overrides, Metric.defaultFor(schema.task()), Machine.detect());
  }

  /**
   * The plan for data of {@code schema}, chosen for {@code metric} on {@code machine}.
   *
   * @param overrides the {@code --set} pairs
   * @throws BadInputException for an unknown family or data no family can learn from
   */
  public Plan plan(
      DatasetSchema schema,
      int trainRows,
      Map<String, String> overrides,
      Metric metric,
      Machine machine) {
    return plan(schema, trainRows, overrides, metric, machine, null);
  }

  /**
   * The plan for data of {@code schema}, chosen for {@code metric} on {@code machine} and for a
   * race bounded by {@code budget} ({@code --time-budget}; null for none).
   *
   * @param overrides the {@code --set} pairs
   * @throws BadInputException for an unknown {@code --set} key or family, a value of the wrong
   *     kind, or data no family can learn from
   */
  public Plan plan(
      DatasetSchema schema,
      int trainRows,
      Map<String, String> overrides,
      Metric metric,
      Machine machine,
      Duration budget) {
    OverrideKeys.check(overrides);
    PlanDraft draft = new PlanDraft(schema, trainRows, overrides, metric, machine, budget);
    for (PlanRule rule : rules) {
      rule.apply(draft);
    }
    Plan plan = draft.toPlan();
    if (plan.candidates().isEmpty()) {
      throw new BadInputException(
          "no model family can learn from these columns: declare at least one feature column");
    }
    return plan;
  }

  /**
   * A revised plan that addresses the weaknesses evaluation found in the model of {@code plan}; the
   * remedies for each kind are in {@link Reviser}.
   */
  public Revision revise(Plan plan, DatasetSchema schema, List<Weakness> weaknesses) {
    return new Reviser().revise(plan, schema, weaknesses);
  }
}
