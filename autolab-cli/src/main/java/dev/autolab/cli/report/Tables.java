package dev.autolab.cli.report;

import dev.autolab.eval.Assessment;
import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Evaluation;
import dev.autolab.eval.RegressionMetrics;
import dev.autolab.eval.gate.GateResult;
import dev.autolab.train.race.Standing;
import java.util.List;
import java.util.Map;

/** Plain-text tables for the terminal. */
public final class Tables {
  private Tables() {}

  public static String leaderboard(List<Standing> standings) {
    StringBuilder table = new StringBuilder("candidates (validation)\n");
    table.append(
        String.format("  %-28s %-14s %10s %9s%n", "candidate", "family", "score", "seconds"));
    for (Standing s : standings) {
      table.append(
          String.format(
              "  %-28s %-14s %10.4f %9.1f%n",
              s.candidate(), s.family(), s.validScore(), s.seconds()));
    }
    return table.toString();
  }

  /** The headline metrics, then per class for classification. */
  public static String evaluation(Evaluation evaluation) {
    StringBuilder table =
        new StringBuilder("test split (" + evaluation.n() + " rows, " + evaluation.model() + ")\n");
    if (evaluation.metrics() instanceof ClassificationMetrics m) {
      table.append(
          String.format(
              "  accuracy %.4f   macro_f1 %.4f   weighted_f1 %.4f   log_loss %.4f%n",
              m.accuracy(), m.macroF1(), m.weightedF1(), m.logLoss()));
      table.append(
          String.format(
              "  %-20s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support"));
      for (Map.Entry<String, ClassMetrics> e : m.perClass().entrySet()) {
        ClassMetrics c = e.getValue();
        table.append(
            String.format(
                "  %-20s %9.4f %9.4f %9.4f %8d%n",
                e.getKey(), c.precision(), c.recall(), c.f1(), c.support()));
      }
    } else if (evaluation.metrics() instanceof RegressionMetrics m) {
      table.append(String.format("  rmse %.4f   mae %.4f   r2 %.4f%n", m.rmse(), m.mae(), m.r2()));
    }
    return table.toString();
  }

  /** The gates' verdicts, failures first, and the overall verdict on its own line. */
  public static String gates(Assessment assessment) {
    StringBuilder table = new StringBuilder("gates (" + assessment.gates().source() + ")\n");
    for (GateResult gate : assessment.gates().results()) {
      if (!gate.passed()) {
        table.append("  FAILED ").append(gate.message()).append('\n');
      }
    }
    long passed = assessment.gates().results().stream().filter(GateResult::passed).count();
    table.append("  ").append(passed).append(" gate(s) passed\n");
    table.append(
        assessment.passed()
            ? "verdict PASSED: every gate passed\n"
            : "verdict FAILED: this model does not meet its gates (see evaluation.json)\n");
    return table.toString();
  }
}
