package dev.autolab.eval.control;

/**
 * One gold example of the control set and the model's answer.
 *
 * @param confidence the probability of the predicted class
 */
public record ControlResult(
    String source,
    long line,
    String actual,
    String predicted,
    double confidence,
    boolean correct) {}
