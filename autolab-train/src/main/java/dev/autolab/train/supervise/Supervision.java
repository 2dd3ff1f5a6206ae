package dev.autolab.train.supervise;

import java.util.Objects;

/**
 * What a trainer needs to supervise its training: the settings and where critical events go.
 *
 * @param settings on/off, memory limit, cool-down, budget
 * @param notifier receives critical events besides the journal
 */
public record Supervision(SupervisorSettings settings, Notifier notifier) {
  public Supervision {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(notifier, "notifier");
  }

  /** On, with the default settings, journal only. */
  public static Supervision defaults() {
    return new Supervision(SupervisorSettings.defaults(), Notifier.NONE);
  }

  public static Supervision off() {
    return new Supervision(SupervisorSettings.off(), Notifier.NONE);
  }

  public boolean enabled() {
    return settings.enabled();
  }
}
