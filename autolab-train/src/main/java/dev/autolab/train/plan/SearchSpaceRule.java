package dev.autolab.train.plan;

import dev.autolab.core.Task;
import dev.autolab.train.Families;
import dev.autolab.train.boosting.XGBoostTrainer;
import dev.autolab.train.linear.LinearTrainer;
import dev.autolab.train.text.TextDefaults;

/**
 * The settings each family searches on validation: regularisation strengths, tree depths, class
 * weights. Grids stay small because the validation split is small and every extra choice made on it
 * overfits it a little.
 */
final class SearchSpaceRule implements PlanRule {
  @Override
  public String name() {
    return "search-space";
  }

  @Override
  public void apply(PlanDraft draft) {
    draft.set(
        Families.TFIDF_LINEAR,
        "c_svm",
        TextDefaults.C_SVM,
        reason("SVM C in {0.3, 1, 3}: unit-length TF-IDF rows put the optimum near 1"));
    draft.set(
        Families.TFIDF_LINEAR,
        "alpha_complement_nb",
        TextDefaults.ALPHA_COMPLEMENT_NB,
        reason(
            "naive-Bayes smoothing alpha in {0.01, 0.03, 0.1}: TF-IDF weights are small, so alpha must be too"));
    draft.set(
        Families.LINEAR,
        "c_" + (draft.schema.task() == Task.CLASSIFICATION ? "logistic" : "ridge"),
        LinearTrainer.DEFAULT_C,
        reason("C from 0.01 to 100 by decades: standardized features leave the scale open"));
    draft.set(
        Families.XGBOOST,
        "max_depths",
        XGBoostTrainer.MAX_DEPTHS,
        reason(
            "tree depth 3 or 6: shallow trees for small or smooth data, deeper ones for interactions"));
    draft.set(
        Families.XGBOOST,
        "learning_rate",
        XGBoostTrainer.LEARNING_RATE,
        reason("a small learning rate, so that early stopping finds a good number of rounds"));
    draft.set(
        Families.XGBOOST,
        "max_rounds",
        XGBoostTrainer.MAX_ROUNDS,
        reason("at most " + XGBoostTrainer.MAX_ROUNDS + " boosting rounds"));
    draft.set(
        Families.XGBOOST,
        "early_stopping_rounds",
        XGBoostTrainer.EARLY_STOPPING_ROUNDS,
        reason(
            "stop after "
                + XGBoostTrainer.EARLY_STOPPING_ROUNDS
                + " rounds without a better validation loss"));
  }
}
