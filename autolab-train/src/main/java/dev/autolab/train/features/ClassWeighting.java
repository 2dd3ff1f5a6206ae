package dev.autolab.train.features;

import dev.autolab.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much rare classes are weighted up in the loss. {@code balanced} is scikit-learn's {@code n /
 * (k * count)}, making every class weigh the same; {@code sqrt_balanced} takes its square root, a
 * compromise that lifts rare classes without giving up as much accuracy on the common ones.
 */
public enum ClassWeighting {
  NONE(0),
  SQRT_BALANCED(0.5),
  BALANCED(1);

  private final double power;

  ClassWeighting(double power) {
    this.power = power;
  }

  /** The name used in parameters, e.g. {@code sqrt_balanced}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One weight per class, or {@code null} for none. */
  public double[] classWeights(int[] labels, int classes) {
    if (this == NONE) {
      return null;
    }
    double[] weights = Targets.balancedWeights(labels, classes);
    for (int k = 0; k < classes; k++) {
      weights[k] = Math.pow(weights[k], power);
    }
    return weights;
  }

  /** Parses {@link #id()}; the error lists the valid names. */
  public static ClassWeighting parse(String id) {
    for (ClassWeighting weighting : values()) {
      if (weighting.id().equals(id.trim())) {
        return weighting;
      }
    }
    throw new BadInputException(
        "class_weight '"
            + id
            + "' is unknown: use "
            + Arrays.stream(values()).map(ClassWeighting::id).collect(Collectors.joining(", ")));
  }
}
