package dev.autolab.eval.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How well one class's probability ranks its examples above the others (one-vs-rest); {@code null}
 * when the class has no example or every example is of it, where neither area is defined.
 */
public record ClassRanking(
    @JsonProperty("roc_auc") Double rocAuc, @JsonProperty("pr_auc") Double prAuc) {}
