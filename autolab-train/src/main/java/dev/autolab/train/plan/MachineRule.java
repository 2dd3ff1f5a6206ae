package dev.autolab.train.plan;

import dev.autolab.train.Families;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cores, memory and GPU decide how the race shares the machine: how many trials run at once, how
 * many threads each may use (XGBoost's {@code nthread}), and the neural batch size. A GPU takes
 * larger batches (it is idle on small ones); a heap too small for the default batch takes the
 * smallest batch the families use by default.
 */
final class MachineRule implements PlanRule {
  /** The neural families whose trainers read {@code batch_size}. */
  static final Set<String> NEURAL = Set.of("mlp", "cnn", "minilm-mlp");

  /** Batch size on a GPU; a CPU keeps each family's own default, sized from the data. */
  static final int GPU_BATCH = 256;

  /** Batch size when the heap per trial is short: the smallest the families choose themselves. */
  static final int SMALL_HEAP_BATCH = 32;

  @Override
  public String name() {
    return "machine";
  }

  @Override
  public void apply(PlanDraft draft) {
    Machine machine = draft.machine;
    List<String> families = draft.families();
    int parallel = machine.parallelTrials(families.size());
    int threads = machine.threadsPerTrial(parallel);
    draft.noteAll(
        reason(
            String.format(
                Locale.ROOT,
                "%s: %d trial%s at once, %d thread%s each",
                machine.describe(),
                parallel,
                parallel == 1 ? "" : "s",
                threads,
                threads == 1 ? "" : "s")));
    if (!draft.overrides.containsKey("nthread")) {
      int xgboost = machine.xgboostThreads(threads);
      draft.set(
          Families.XGBOOST,
          "nthread",
          xgboost,
          reason(
              xgboost == threads
                  ? threads + " threads per trial so concurrent trials don't fight over cores"
                  : xgboost
                      + " thread"
                      + (xgboost == 1 ? "" : "s")
                      + ": one core is left to the JVM's own threads, which stall XGBoost's"
                      + " parallel steps when they take one of its cores"));
    }
    long heapPerTrial = machine.memoryBytes() / parallel;
    for (String family : families) {
      if (!NEURAL.contains(family) || draft.overrides.containsKey("batch_size")) {
        continue;
      }
      if (machine.gpu()) {
        draft.set(
            family,
            "batch_size",
            GPU_BATCH,
            reason("GPU: batches of " + GPU_BATCH + " keep it busy"));
      } else if (heapPerTrial < Machine.HEAP_PER_NEURAL_TRIAL) {
        draft.set(
            family,
            "batch_size",
            SMALL_HEAP_BATCH,
            reason(
                String.format(
                    Locale.ROOT,
                    "%.2f GiB of heap per trial (under 1 GiB): batches of %d",
                    heapPerTrial / (double) (1L << 30),
                    SMALL_HEAP_BATCH)));
      }
    }
  }
}
