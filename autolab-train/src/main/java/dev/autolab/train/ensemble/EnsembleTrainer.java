package dev.autolab.train.ensemble;

import dev.autolab.core.DatasetSchema;
import dev.autolab.train.Families;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits an ensemble whose members and weights are fixed (an ensemble model's hyperparameters): each
 * member's family with that member's settings, on the same data, blended with the same weights.
 * This is how a chosen ensemble is refitted on folds (out-of-fold predictions) or on part of the
 * data (the learning curve); the race chooses members and weights itself.
 */
public final class EnsembleTrainer implements Trainer {
  private final List<Member> members;

  public EnsembleTrainer(Map<String, Object> params) {
    this.members = Member.listed(params);
  }

  @Override
  public String family() {
    return EnsembleModel.FAMILY;
  }

  @Override
  public boolean supports(DatasetSchema schema) {
    return members.stream()
        .allMatch(m -> Families.trainer(m.family(), m.hyperparameters()).supports(schema));
  }

  @Override
  public TrainedModel fit(TrainingData data, TrainingContext context) {
    List<TrainedModel> fitted = new ArrayList<>();
    double[] weights = new double[members.size()];
    List<String> names = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      fitted.add(Families.trainer(member.family(), member.hyperparameters()).fit(data, context));
      weights[m] = member.weight();
      names.add(member.name());
    }
    return new EnsembleModel(fitted, weights, names);
  }

  @Override
  public int threadsWanted() {
    return members.stream()
        .mapToInt(m -> Families.trainer(m.family(), m.hyperparameters()).threadsWanted())
        .max()
        .orElse(1);
  }
}
