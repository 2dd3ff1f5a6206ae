package dev.autolab.train.plan;

import java.util.List;

/**
 * A plan revised after evaluation: the new candidates, the treatment of the data, and why.
 *
 * @param reasons one per weakness addressed (rules named {@code revise-*})
 */
public record Revision(Plan plan, DataTreatment treatment, List<Reason> reasons) {
  public Revision {
    reasons = List.copyOf(reasons);
  }
}
