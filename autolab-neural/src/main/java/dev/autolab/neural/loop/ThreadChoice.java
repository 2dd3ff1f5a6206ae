package dev.autolab.neural.loop;

import dev.autolab.neural.net.Network;

/**
 * The engine's intra-op thread count for one training: one thread when a step's forward pass is
 * below {@link #SMALL_STEP} multiply-adds, every configured thread otherwise.
 *
 * <p>Why: each parallel operator wakes the engine's OpenMP threads, which sleep between operators
 * on a shared machine ({@code OMP_WAIT_POLICY=PASSIVE}); for a small network the wake-ups cost more
 * than the second core gives. Measured on the benchmark networks (2 cores, batch 128): the MLP
 * 784-256-128-10 (30 million multiply-adds a step) trained 1.3x faster on one thread than on two,
 * the small CNN (540 million) faster on two. A rule of the network's size rather than a timing of
 * the run, so that the same seed trains the same weights: thread counts change how matrix products
 * add up, in the last bits.
 */
final class ThreadChoice {
  /** Forward multiply-adds of a step below which one thread is faster: between the two above. */
  static final long SMALL_STEP = 100_000_000L;

  private ThreadChoice() {}

  /** The thread count to train {@code network} with, at {@code batch} rows a step. */
  static int threads(Network network, int batch, int configured) {
    long perStep = network.multiplyAddsPerRow() * Math.max(1, batch);
    return configured > 1 && perStep < SMALL_STEP ? 1 : configured;
  }
}
