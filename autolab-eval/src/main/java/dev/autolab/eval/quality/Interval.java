package dev.autolab.eval.quality;

/** A metric's value on the whole set and its bootstrap percentile interval. */
public record Interval(double estimate, double low, double high) {
  public boolean contains(double value) {
    return value >= low && value <= high;
  }
}
