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
 * <p>Parts are claimed, not assigned: the caller and each awake helper take the next unclaimed part
 * until none is left. A helper that the system has not scheduled yet (on two cores, the JIT's
 * compiler threads compete for them early in a run) then costs nothing: the caller runs its parts.
 * Which thread runs a part never changes what the part computes: callers split their work by a
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

  private volatile Job current;
  private long jobs;

  /**
   * One hand-off: the work, its number of parts, the next part to claim, how many parts have ended
   * (run or skipped after a failure), the first failure, and the job's number.
   */
  private static final class Job {
    final IntConsumer work;
    final int parts;
    final long id;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger ended = new AtomicInteger();
    volatile Throwable failure;

    Job(IntConsumer work, int parts, long id) {
      this.work = work;
      this.parts = parts;
      this.id = id;
    }

    /** Runs unclaimed parts until none is left; after a failure the rest are only counted. */
    void claim() {
      for (int p = next.getAndIncrement(); p < parts; p = next.getAndIncrement()) {
        try {
          if (failure == null) {
            work.accept(p);
          }
        } catch (Throwable t) {
          failure = t;
        } finally {
          ended.incrementAndGet();
        }
      }
    }
  }

  private StepHelpers(int count) {
    helpers = new Thread[count];
    for (int i = 0; i < count; i++) {
      Thread helper = new Thread(this::serve, "autolab-step-helper-" + (i + 1));
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
      Job job = new Job(part, parts, ++jobs);
      current = job;
      for (int i = 0; i < helping; i++) {
        LockSupport.unpark(helpers[i]);
      }
      job.claim();
      awaitParts(job);
      Throwable failed = job.failure;
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

  /** Waits for the parts helpers claimed and are still running. */
  private static void awaitParts(Job job) {
    long start = System.nanoTime();
    while (job.ended.get() < job.parts) {
      if (System.nanoTime() - start < WAIT_SPIN_NANOS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }

  /**
   * A helper's life: wait for a job it has not seen, claim its parts while any are left, repeat. A
   * helper that wakes after its job has ended finds nothing left to claim in it.
   */
  private void serve() {
    long seen = 0;
    while (true) {
      long idleSince = System.nanoTime();
      Job job;
      while ((job = current) == null || job.id == seen) {
        if (System.nanoTime() - idleSince < SPIN_NANOS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      seen = job.id;
      job.claim();
    }
  }
}
