package dev.autolab.neural.loop;

/**
 * One validation pass.
 *
 * @param step optimizer steps done when it ran
 * @param epoch the 0-based epoch
 * @param loss the mean loss on the validation rows (lower is better: what checkpoints and early
 *     stopping compare)
 * @param accuracy the share of rows whose most probable class is right; NaN for regression
 */
public record ValidationRecord(long step, int epoch, double loss, double accuracy) {}
