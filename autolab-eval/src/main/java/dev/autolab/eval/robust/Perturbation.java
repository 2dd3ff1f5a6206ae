package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import java.util.SplittableRandom;

/** A change to an input that should not change the answer much: a typo, noise, a lost value. */
public interface Perturbation {
  /** The name in {@code evaluation.json}, e.g. {@code typos}. */
  String name();

  /** A perturbed copy of {@code row}; the random source makes it reproducible. */
  Row apply(Row row, SplittableRandom random);
}
