package dev.autolab.train.race;

import dev.autolab.train.TrainedModel;
import dev.autolab.train.plan.Candidate;
import java.util.Optional;

/**
 * Where a race keeps each trial as soon as it finishes (pruned ones too), so that a run interrupted
 * mid-race can be resumed without training those trials again. {@link #NONE} keeps nothing, for
 * tests and tools that never resume.
 */
public interface TrialStore {
  /** Keeps nothing and finds nothing. */
  TrialStore NONE =
      new TrialStore() {
        @Override
        public void save(Candidate candidate, TrainedModel model, Standing standing) {}

        @Override
        public Optional<StoredTrial> find(Candidate candidate) {
          return Optional.empty();
        }
      };

  /**
   * Keeps a finished trial. Called from the race's trial threads, several at once, each for its own
   * candidate; when it returns, the trial is kept whole.
   */
  void save(Candidate candidate, TrainedModel model, Standing standing);

  /**
   * The trial kept for this candidate, if one was kept whole for a candidate of the same name,
   * family and parameters; anything else (nothing kept, a trial cut short while being kept, another
   * plan's candidate of that name) is not found, and the race trains the candidate.
   */
  Optional<StoredTrial> find(Candidate candidate);

  /**
   * A trial found in a store.
   *
   * @param model its model, as saved
   * @param standing its place in the race it ran in (score, fit time, finish time)
   * @param location where it was kept, for the journal
   */
  record StoredTrial(TrainedModel model, Standing standing, String location) {}
}
