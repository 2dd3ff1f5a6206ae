package dev.autolab.eval.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the model's confidence means what it says: the expected calibration error and the
 * reliability diagram it is computed from.
 *
 * @param ece the expected calibration error
 * @param bins equal-width confidence bins, empty ones included
 */
public record Calibration(double ece, List<CalibrationBin> bins) {
  /** Ten bins, as in Guo et al., "On Calibration of Modern Neural Networks" (ICML 2017). */
  public static final int BINS = 10;

  public Calibration {
    bins = List.copyOf(bins);
  }

  /**
   * ECE = sum over bins of (bin size / n) * |accuracy - mean confidence|, on the top-class
   * probability (Naeini et al. 2015; Guo et al. 2017).
   */
  public static Calibration of(ScoredExamples examples) {
    int[] count = new int[BINS];
    double[] confidence = new double[BINS];
    double[] correct = new double[BINS];
    for (int i = 0; i < examples.size(); i++) {
      int predicted = examples.predicted(i);
      double top = examples.probabilities()[i][predicted];
      int bin = Math.min(BINS - 1, (int) Math.floor(top * BINS));
      count[bin]++;
      confidence[bin] += top;
      correct[bin] += predicted == examples.actual()[i] ? 1 : 0;
    }
    List<CalibrationBin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      double meanConfidence = count[b] == 0 ? 0 : confidence[b] / count[b];
      double accuracy = count[b] == 0 ? 0 : correct[b] / count[b];
      bins.add(
          new CalibrationBin(
              (double) b / BINS, (double) (b + 1) / BINS, count[b], meanConfidence, accuracy));
      ece +=
          examples.size() == 0
              ? 0
              : count[b] * Math.abs(accuracy - meanConfidence) / examples.size();
    }
    return new Calibration(ece, bins);
  }
}
