package dev.autolab.train.supervise;

/** What a supervisor action changes; one cool-down is kept per knob. */
public enum Knob {
  LEARNING_RATE("learning_rate"),
  CLIP_NORM("clip_norm"),
  MICRO_BATCH("micro_batch"),
  AUGMENTATION("augmentation"),
  /** Whether training goes on: a stop with the best checkpoint restored. */
  TRAINING("training");

  private final String id;

  Knob(String id) {
    this.id = id;
  }

  /** The knob's name in the journal. */
  public String id() {
    return id;
  }
}
