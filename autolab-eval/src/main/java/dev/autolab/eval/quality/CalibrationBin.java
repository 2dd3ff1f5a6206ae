package dev.autolab.eval.quality;

/**
 * One bin of a reliability diagram: the examples whose top probability fell in [low, high).
 *
 * @param confidence their mean top probability
 * @param accuracy the share of them predicted right
 */
public record CalibrationBin(
    double low, double high, int count, double confidence, double accuracy) {}
