package dev.autolab.train.supervise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a rule's evidence, numbers rounded to six significant digits so the journal stays
 * readable.
 */
final class Evidence {
  private final Map<String, Object> values = new LinkedHashMap<>();

  Evidence put(String key, double value) {
    values.put(key, round(value));
    return this;
  }

  Evidence put(String key, double[] window) {
    double[] rounded = new double[window.length];
    for (int i = 0; i < window.length; i++) {
      rounded[i] = round(window[i]);
    }
    values.put(key, rounded);
    return this;
  }

  Evidence put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  Map<String, Object> map() {
    return values;
  }

  static double round(double value) {
    if (!Double.isFinite(value) || value == 0) {
      return value;
    }
    double scale = Math.pow(10, 5 - Math.floor(Math.log10(Math.abs(value))));
    return Math.round(value * scale) / scale;
  }
}
