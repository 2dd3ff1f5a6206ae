package dev.autolab.train.supervise;

import dev.autolab.core.Event;
import java.util.List;

/**
 * Tells people about critical supervisor events (divergence, rollback, stop, budget spent) beyond
 * the journal: the console, a chat webhook.
 */
@FunctionalInterface
public interface Notifier {
  Notifier NONE = event -> {};

  /** Sends the event; a failure throws, and the supervisor journals it and goes on. */
  void notify(Event event);

  /** Every one of {@code notifiers}, in order; a failing one does not silence the others. */
  static Notifier all(List<Notifier> notifiers) {
    return event -> {
      RuntimeException first = null;
      for (Notifier notifier : notifiers) {
        try {
          notifier.notify(event);
        } catch (RuntimeException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    };
  }
}
