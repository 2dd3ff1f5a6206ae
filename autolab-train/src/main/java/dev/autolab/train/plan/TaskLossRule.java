package dev.autolab.train.plan;

import dev.autolab.core.Task;
import dev.autolab.train.Families;
import dev.autolab.train.text.TextDefaults;
import java.util.List;

/**
 * The task picks each family's loss: log-loss (or hinge) for classes, squared error for numbers.
 */
final class TaskLossRule implements PlanRule {
  @Override
  public String name() {
    return "task-loss";
  }

  @Override
  public void apply(PlanDraft draft) {
    boolean classification = draft.schema.task() == Task.CLASSIFICATION;
    int classes = draft.schema.classes().size();
    String objective =
        !classification ? "reg:squarederror" : classes == 2 ? "binary:logistic" : "multi:softprob";
    draft.set(
        Families.XGBOOST,
        "objective",
        objective,
        reason(
            !classification
                ? "regression: trees minimise squared error"
                : classes == 2
                    ? "two classes: trees minimise the logistic loss"
                    : classes + " classes: trees minimise the multi-class log-loss (softmax)"));
    draft.set(
        Families.LINEAR,
        "solvers",
        List.of(classification ? "logistic" : "ridge"),
        reason(
            classification
                ? "classification: logistic regression gives calibrated probabilities"
                : "regression: L2-loss SVR with epsilon 0, i.e. ridge regression"));
    draft.set(
        Families.TFIDF_LINEAR,
        "solvers",
        TextDefaults.SOLVERS,
        reason(
            "text classification: a linear SVM (hinge-squared loss, probabilities by a softmax"
                + " temperature fitted on validation), logistic regression and complement naive"
                + " Bayes, which suits skewed classes; validation picks one"));
  }
}
