package dev.autolab.neural.tabular;

/**
 * Standardization of a regression target: the network learns {@code (y - mean) / std}, which keeps
 * its outputs and gradients near unit scale whatever the target's units.
 */
record TargetScale(double mean, double std) {
  static final TargetScale NONE = new TargetScale(0, 1);

  static TargetScale fit(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double variance = 0;
    for (double v : values) {
      variance += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(variance / values.length);
    return new TargetScale(mean, std > 0 ? std : 1);
  }

  double toScaled(double value) {
    return (value - mean) / std;
  }

  double fromScaled(double value) {
    return value * std + mean;
  }
}
