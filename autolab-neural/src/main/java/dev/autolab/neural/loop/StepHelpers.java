package dev.autolab.neural.loop;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A few daemon threads that run the parts of a short piece of JVM work inside a training step (the
 * optimizer's update) beside the calling thread, with a hand-off of microseconds.
 *
 * <p>Written here because an executor's hand-off (a queue, a future, a parked pool thread woken per
 * task) costs tens of microseconds on a virtual machine, a sizeable share of an update that itself
 * takes a few hundred: helpers spin briefly after each job, so that the next job of the same step
 * finds them awake, then park until woken. The engine's own threads sleep between operators, so the
 * cores the helpers use are otherwise idle during the update.
 *
 * <p>Which thread runs a part never changes what the part computes: callers split their work by a
 * fixed rule and combine the parts' results in part order. When another training holds the helpers
 * (concurrent trials), {@link #run} runs every part on the calling thread instead of waiting.
 */
final class StepHelpers {
  /** At most this many helper threads, whatever the machine: the updates are memory-bound. */
  static final int MAX_HELPERS = 3;

  /** How long a helper spins for the next job before parking. */
  private static final long SPIN_NANOS = 50_000;

  /** How long the caller spins for the helpers before it starts yielding its core to them. */
  private static final long WAIT_SPIN_NANOS = 200_000;

  private static StepHelpers shared;

  private final Thread[] helpers;

  /** Held by the run using the helpers; not reentrant, so a nested run works alone. */
  private final AtomicBoolean busy = new AtomicBoolean();

  private final AtomicInteger pending = new AtomicInteger();
  private volatile Job current;
  private volatile Throwable failure;
  private long jobs;

  /** One hand-off: the work, how many helpers take part (parts 1..helping), and its number. */
  private record Job(IntConsumer work, int helping, long id) {}

  private StepHelpers(int count) {
    helpers = new Thread[count];
    for (int i = 0; i < count; i++) {
      int part = i + 1;
      Thread helper = new Thread(() -> serve(part), "autolab-step-helper-" + part);
      helper.setDaemon(true);
      helpers[i] = helper;
      helper.start();
    }
  }

  /** The process's helpers: one fewer than the machine's cores, at most {@link #MAX_HELPERS}. */
  static synchronized StepHelpers shared() {
    if (shared == null) {
      int cores = Runtime.getRuntime().availableProcessors();
      shared = new StepHelpers(Math.max(0, Math.min(MAX_HELPERS, cores - 1)));
    }
    return shared;
  }

  /** How many parts can run at once: the caller and the helpers. */
  int width() {
    return helpers.length + 1;
  }

  /**
   * Runs {@code part.accept(p)} for every {@code p} in {@code [0, parts)} and returns when all have
   * ended; a part's exception is rethrown here.
   */
  void run(int parts, IntConsumer part) {
    int helping = Math.min(parts - 1, helpers.length);
    if (helping <= 0 || !busy.compareAndSet(false, true)) {
      for (int p = 0; p < parts; p++) {
        part.accept(p);
      }
      return;
    }
    try {
      failure = null;
      pending.set(helping);
      current = new Job(part, helping, ++jobs);
      for (int i = 0; i < helping; i++) {
        LockSupport.unpark(helpers[i]);
      }
      part.accept(0);
      for (int p = helping + 1; p < parts; p++) {
        part.accept(p);
      }
      awaitHelpers();
      Throwable failed = failure;
      if (failed instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed instanceof Error error) {
        throw error;
      }
      if (failed != null) {
        throw new IllegalStateException(failed);
      }
    } finally {
      busy.set(false);
    }
  }

  private void awaitHelpers() {
    long start = System.nanoTime();
    while (pending.get() > 0) {
      if (System.nanoTime() - start < WAIT_SPIN_NANOS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }

  /**
   * A helper's life: wait for a job it has not seen, run its part if the job counts it, repeat. A
   * counted helper cannot miss a job: the next is published only after this one's parts have ended.
   */
  private void serve(int part) {
    long seen = 0;
    while (true) {
      long idleSince = System.nanoTime();
      Job job;
      while ((job = current) == null || job.id() == seen) {
        if (System.nanoTime() - idleSince < SPIN_NANOS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      seen = job.id();
      if (part > job.helping()) {
        continue;
      }
      try {
        job.work().accept(part);
      } catch (Throwable t) {
        failure = t;
      } finally {
        pending.decrementAndGet();
      }
    }
  }
}
