package dev.autolab.neural.loop;

/**
 * Where a training supervisor plugs in: it sees every step and validation and acts through the
 * controls (lower the learning rate, raise dropout, clip, stop). Rules live in the supervisor; this
 * interface only fixes what they can see and do.
 */
public interface SupervisorHook extends LoopListener {
  /** Watches without acting. */
  SupervisorHook NONE = new SupervisorHook() {};
}
