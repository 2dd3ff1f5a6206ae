package dev.autolab.train.linear;

import dev.autolab.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent fits on all cores and returns their results in submission order. */
final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code tasks}, reporting each completion in order to {@code progress}; the first failure
   * is rethrown (after the other tasks are cancelled) so it never goes unnoticed.
   */
  static <T> List<T> run(List<Callable<T>> tasks, ProgressListener progress) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
        progress.advance(results.size());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("a fit failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
