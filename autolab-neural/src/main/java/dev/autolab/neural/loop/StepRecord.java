package dev.autolab.neural.loop;

/**
 * One optimizer step, as listeners see it.
 *
 * @param step optimizer steps done so far (1 after the first)
 * @param epoch the 0-based epoch
 * @param loss the mean training loss of the step's rows
 * @param learningRate the rate the step used
 * @param rows rows in the step
 * @param gradientNorm the global gradient norm before clipping, or NaN when not measured
 */
public record StepRecord(
    long step, int epoch, double loss, double learningRate, int rows, double gradientNorm) {}
