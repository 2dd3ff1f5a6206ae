package dev.autolab.train.supervise;

/** What just happened when rules are checked. */
public enum Trigger {
  STEP,
  VALIDATION,
  MEMORY
}
