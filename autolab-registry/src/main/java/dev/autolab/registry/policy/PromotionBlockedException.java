package dev.autolab.registry.policy;

import dev.autolab.core.BadInputException;

/**
 * A promotion the model's policy does not allow (no approval, or the quality gate against
 * production): the user can act on it, so it exits like bad input, with the reason.
 */
public final class PromotionBlockedException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public PromotionBlockedException(String message) {
    super(message);
  }
}
