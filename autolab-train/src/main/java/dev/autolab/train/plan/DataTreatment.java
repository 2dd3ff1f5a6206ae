package dev.autolab.train.plan;

import java.util.List;

/**
 * What a revised plan does to the training rows and the decision rule, besides changing candidate
 * parameters.
 *
 * @param oversample classes whose training rows are repeated
 * @param oversampleFactor how many copies of each such row the training split holds (2: doubled)
 * @param augmentText whether each training text gets a perturbed copy (typos, swaps, casing)
 * @param tuneDecision whether per-class decision weights are tuned for the selection metric on
 *     out-of-fold predictions
 * @param minRecall the recall every class should reach when the weights are tuned, or {@code null}
 */
public record DataTreatment(
    List<String> oversample,
    int oversampleFactor,
    boolean augmentText,
    boolean tuneDecision,
    Double minRecall) {
  public static final DataTreatment NONE = new DataTreatment(List.of(), 1, false, false, null);

  public DataTreatment {
    oversample = List.copyOf(oversample);
  }

  public boolean isNone() {
    return oversample.isEmpty() && !augmentText && !tuneDecision;
  }
}
