package dev.autolab.train.supervise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curves one supervised training drew, kept thinned to at most {@link #MAX_POINTS} points so
 * the journal can carry them to the report: smoothed training loss by step, and every validation.
 */
final class Curve {
  static final int MAX_POINTS = 200;

  private final List<double[]> train = new ArrayList<>();
  private final List<double[]> valid = new ArrayList<>();
  private int every = 1;
  private long seen;

  void step(long step, double smoothedLoss) {
    if (seen++ % every != 0) {
      return;
    }
    train.add(new double[] {step, Evidence.round(smoothedLoss)});
    if (train.size() >= MAX_POINTS) {
      // Keep every other point and sample half as often from now on.
      List<double[]> kept = new ArrayList<>();
      for (int i = 0; i < train.size(); i += 2) {
        kept.add(train.get(i));
      }
      train.clear();
      train.addAll(kept);
      every *= 2;
    }
  }

  void validation(long step, double loss) {
    valid.add(new double[] {step, Evidence.round(loss)});
  }

  Map<String, Object> evidence() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("train_loss", finite(train));
    map.put("valid_loss", finite(valid));
    return map;
  }

  /** JSON has no NaN: points without a finite value are left out. */
  private static List<double[]> finite(List<double[]> points) {
    return points.stream().filter(p -> Double.isFinite(p[1])).toList();
  }
}
