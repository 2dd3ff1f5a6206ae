package dev.autolab.eval.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * ROC-AUC and PR-AUC one-vs-rest per class, and their unweighted means over the classes where they
 * are defined.
 */
public record RankingMetrics(
    @JsonProperty("macro_roc_auc") Double macroRocAuc,
    @JsonProperty("macro_pr_auc") Double macroPrAuc,
    @JsonProperty("per_class") Map<String, ClassRanking> perClass) {}
