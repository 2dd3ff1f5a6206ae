package dev.autolab.train.race;

import dev.autolab.train.TrainedModel;
import java.util.List;

/**
 * The outcome of a race.
 *
 * @param best the winning model (refitted on train+valid when its candidate asks for it)
 * @param bestCandidate the winning candidate's name
 * @param leaderboard every candidate, best first
 */
public record RaceResult(TrainedModel best, String bestCandidate, List<Standing> leaderboard) {
  public RaceResult {
    leaderboard = List.copyOf(leaderboard);
  }
}
