package dev.autolab.eval.robust;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A black-box character-substitution attack's results.
 *
 * @param attacked how many correctly classified examples were attacked
 * @param candidatesPerStep substitutions tried at each greedy step
 * @param maxEdits the most edits tried on one example (long texts are cut off there)
 * @param budgets success rates by edit budget
 * @param chosen how many examples were chosen for the attack; fewer are {@code attacked} when the
 *     time limit ends it early
 * @param stoppedBy why the attack ended before every chosen example, or null when it did not
 */
public record AttackReport(
    String column,
    int attacked,
    @JsonProperty("candidates_per_step") int candidatesPerStep,
    @JsonProperty("max_edits") int maxEdits,
    long seed,
    List<BudgetResult> budgets,
    int chosen,
    @JsonProperty("stopped_by") String stoppedBy) {
  public AttackReport {
    budgets = List.copyOf(budgets);
  }

  /** The success rate at a budget, or 0 when it was not measured. */
  public double successRate(int editsPer100Chars) {
    return budgets.stream()
        .filter(b -> b.editsPer100Chars() == editsPer100Chars)
        .mapToDouble(BudgetResult::successRate)
        .findFirst()
        .orElse(0);
  }
}
