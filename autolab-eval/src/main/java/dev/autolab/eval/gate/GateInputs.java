package dev.autolab.eval.gate;

import dev.autolab.eval.Metrics;
import dev.autolab.eval.control.ControlReport;
import dev.autolab.eval.latency.LatencyReport;
import dev.autolab.eval.robust.AttackReport;
import dev.autolab.eval.robust.RobustnessReport;

/** What the gates read; sections that were not measured are {@code null} and their gates skip. */
public record GateInputs(
    Metrics metrics,
    RobustnessReport robustness,
    AttackReport attack,
    LatencyReport latency,
    ControlReport control) {}
