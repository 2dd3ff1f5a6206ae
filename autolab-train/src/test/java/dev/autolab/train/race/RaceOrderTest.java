package dev.autolab.train.race;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.train.plan.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaceOrderTest {
  private static Candidate of(String name, String family) {
    return new Candidate(name, family, Map.of(), List.of());
  }

  @Test
  void linearFamiliesThenXgboostThenNeuralKeepingPlanOrderWithin() {
    List<Candidate> order =
        RaceOrder.cheapestFirst(
            List.of(
                of("n", "mlp"), of("x", "xgboost"), of("l1", "linear"), of("t", "tfidf-linear")));
    assertThat(order).extracting(Candidate::name).containsExactly("l1", "t", "x", "n");
  }

  @Test
  void estimatesFromTheSameFamilyOrScalesTheSlowestEarlierFit() {
    List<Standing> done = List.of(new Standing("l", "linear", 0.9, 2.0));
    assertThat(RaceOrder.estimate("linear", done)).isEqualTo(2.0);
    assertThat(RaceOrder.estimate("xgboost", done)).isEqualTo(2.0 * RaceOrder.XGBOOST_COST);
    List<Standing> both = List.of(done.get(0), new Standing("x", "xgboost", 0.9, 4.0));
    assertThat(RaceOrder.estimate("xgboost", both)).isEqualTo(4.0);
  }
}
