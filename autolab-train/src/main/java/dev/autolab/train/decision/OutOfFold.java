package dev.autolab.train.decision;

import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.train.Families;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.features.Targets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Out-of-fold probabilities: the chosen model's settings refitted on k-1 folds of train+valid and
 * asked about the held-out fold, so every row gets an answer from a model that never saw it. Tuning
 * decision weights on all of train+valid this way sees ~9 times more rare-class rows than the
 * validation split alone, which is what makes weights for a class of a few dozen rows trustworthy.
 */
public final class OutOfFold {
  /** Five folds: the usual compromise between the fits' cost and the training size per fold. */
  public static final int FOLDS = 5;

  private OutOfFold() {}

  /**
   * @param model the chosen model; its hyperparameters fix every setting of the refits
   * @param rows train+valid, untreated
   * @param treatment applied to each fold's training part (oversampling, augmentation)
   * @return one probability vector per row, in order
   */
  public static double[][] probabilities(
      TrainedModel model,
      List<Row> rows,
      UnaryOperator<TrainingData> treatment,
      TrainingContext context) {
    int[] fold = folds(Targets.classIndices(model.schema(), rows), context.seed());
    double[][] out = new double[rows.size()][];
    for (int f = 0; f < FOLDS; f++) {
      List<Row> train = new ArrayList<>();
      List<Row> held = new ArrayList<>();
      List<Integer> heldIndex = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (fold[i] == f) {
          held.add(rows.get(i));
          heldIndex.add(i);
        } else {
          train.add(rows.get(i));
        }
      }
      TrainingData data = treatment.apply(new TrainingData(model.schema(), train, List.of()));
      TrainedModel fitted =
          Families.trainer(model.family(), model.hyperparameters()).fit(data, context);
      List<Prediction> predictions = fitted.predict(held);
      for (int j = 0; j < held.size(); j++) {
        out[heldIndex.get(j)] = predictions.get(j).probabilities();
      }
    }
    return out;
  }

  /** A fold per row, stratified: each class's rows are shuffled and dealt out in turn. */
  static int[] folds(int[] classes, long seed) {
    int[] fold = new int[classes.length];
    int k = 0;
    for (int c : classes) {
      k = Math.max(k, c + 1);
    }
    Random random = new Random(Seeds.derive(seed, "folds"));
    int next = 0;
    for (int c = 0; c < k; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < classes.length; i++) {
        if (classes[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      for (int i : members) {
        fold[i] = next++ % FOLDS;
      }
    }
    return fold;
  }
}
