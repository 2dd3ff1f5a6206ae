package dev.autolab.train.plan;

/** One named rule of the planner; rules run in a fixed order and each edits the draft plan. */
interface PlanRule {
  /** The name journals and {@code plan.json} cite, e.g. {@code text-columns}. */
  String name();

  void apply(PlanDraft draft);

  default Reason reason(String message) {
    return new Reason(name(), message);
  }
}
