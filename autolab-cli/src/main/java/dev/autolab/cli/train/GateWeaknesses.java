package dev.autolab.cli.train;

import dev.autolab.eval.gate.GateReport;
import dev.autolab.eval.gate.GateResult;
import dev.autolab.train.plan.Weakness;
import java.util.ArrayList;
import java.util.List;

/** Failed gates as weaknesses the planner can act on. */
final class GateWeaknesses {
  private GateWeaknesses() {}

  static List<Weakness> from(GateReport gates) {
    List<Weakness> weaknesses = new ArrayList<>();
    for (GateResult failed : gates.failures()) {
      Weakness.Kind kind =
          switch (failed.gate()) {
            case CLASS_RECALL -> Weakness.Kind.WEAK_CLASS;
            case ROBUSTNESS_DROP, ATTACK_SUCCESS -> Weakness.Kind.BRITTLE;
            case P95_LATENCY_MS -> Weakness.Kind.SLOW;
            case MACRO_F1, R2, CONTROL_ACCURACY, VS_PRODUCTION -> Weakness.Kind.LOW_QUALITY;
          };
      weaknesses.add(new Weakness(kind, failed.subject(), failed.message(), failed.threshold()));
    }
    return weaknesses;
  }
}
