package dev.autolab.train.supervise;

/**
 * How a run is supervised.
 *
 * @param enabled {@code --supervisor on|off}; off still measures nothing and acts on nothing
 * @param memoryLimitBytes the memory the run may use ({@code --memory-limit}); 0: the JVM heap
 *     limit for the heap, and no limit for native memory
 * @param minCooldownSteps the shortest cool-down after an action, in optimizer steps; the actual
 *     one is the longer of this and one epoch, so a validation falls inside it
 * @param actionBudget actions per training run at most
 */
public record SupervisorSettings(
    boolean enabled, long memoryLimitBytes, int minCooldownSteps, int actionBudget) {
  /** Twenty steps: long enough for a smoothed loss to show what an action did. */
  public static final int DEFAULT_MIN_COOLDOWN = 20;

  /** Eight actions: a run that needs more has a problem the supervisor cannot fix. */
  public static final int DEFAULT_BUDGET = 8;

  public SupervisorSettings {
    if (memoryLimitBytes < 0) {
      throw new IllegalArgumentException("memory limit must be zero or more");
    }
    if (minCooldownSteps < 1 || actionBudget < 0) {
      throw new IllegalArgumentException("cool-down must be positive and budget zero or more");
    }
  }

  public static SupervisorSettings defaults() {
    return new SupervisorSettings(true, 0, DEFAULT_MIN_COOLDOWN, DEFAULT_BUDGET);
  }

  public static SupervisorSettings off() {
    return new SupervisorSettings(false, 0, DEFAULT_MIN_COOLDOWN, DEFAULT_BUDGET);
  }

  public SupervisorSettings withMemoryLimit(long bytes) {
    return new SupervisorSettings(enabled, bytes, minCooldownSteps, actionBudget);
  }
}
