package dev.autolab.train.text;

import dev.autolab.train.features.TextSettings;
import dev.autolab.train.linear.LinearConfig;
import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tfidf-linear} defaults and how parameters override them. The n-gram ranges, the
 * character cap and the solvers were chosen by cross-validation on a training split only (see the
 * module's README), never on a test split; the rest follow scikit-learn's usual text settings.
 */
public final class TextDefaults {
  /** SVM strengths: unit-length TF-IDF rows put the optimum near C = 1. */
  public static final List<Double> C_SVM = List.of(0.3, 1.0, 3.0);

  /** Naive-Bayes smoothing: TF-IDF weights are far below 1, so alpha must be small too. */
  public static final List<Double> ALPHA_COMPLEMENT_NB = List.of(0.01, 0.03, 0.1);

  /** Logistic-regression strengths: it needs a weaker penalty than the SVM on unit-length rows. */
  public static final List<Double> C_LOGISTIC = List.of(10.0, 30.0);

  /**
   * The solvers tried when the parameters name none: the two classic linear text classifiers (SVM
   * and logistic regression) and complement naive Bayes, which suits skewed classes.
   */
  public static final List<String> SOLVERS =
      List.of(LinearConfig.SVM, LinearConfig.LOGISTIC, LinearConfig.COMPLEMENT_NB);

  static final int WORD_MAX_N = 2;
  static final int CHAR_MIN_N = 1;
  static final int CHAR_MAX_N = 4;

  /**
   * Characters read per text for char n-grams. Most texts are shorter (a mail's median is about
   * 1,000 characters, its 95th percentile about 6,000); a cap bounds the time spent on the rare
   * huge one (an attachment of 200,000 characters), whose opening carries the signal anyway.
   */
  static final int CHAR_MAX_CHARS = 10_000;

  static final int MIN_DF = 2;
  static final int MAX_FEATURES = 2_000_000;

  /** 2^22 buckets per block: collisions among the n-grams kept by min_df stay rare. */
  static final int HASH_BITS = 22;

  private TextDefaults() {}

  /** The text settings, defaults overridden by parameters. */
  static TextSettings settings(Params params) {
    return new TextSettings(
        params.integer("word_max_n", WORD_MAX_N),
        params.integer("char_min_n", CHAR_MIN_N),
        params.integer("char_max_n", CHAR_MAX_N),
        params.integer("char_max_chars", CHAR_MAX_CHARS),
        params.integer("min_df", MIN_DF),
        params.integer("max_features", MAX_FEATURES),
        params.integer("hash_bits", HASH_BITS),
        params.flag("sublinear_tf", true));
  }

  /** The resolved text settings as hyperparameter entries. */
  static Map<String, Object> textParams(Params params) {
    TextSettings settings = settings(params);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("word_max_n", settings.wordMaxN());
    map.put("char_min_n", settings.charMinN());
    map.put("char_max_n", settings.charMaxN());
    map.put("char_max_chars", settings.charMaxChars());
    map.put("min_df", settings.minDf());
    map.put("max_features", settings.maxFeatures());
    map.put("hash_bits", settings.hashBits());
    map.put("sublinear_tf", settings.sublinearTf());
    return map;
  }

  /** The settings grid a trainer searches when its parameters leave it open. */
  static Map<String, Object> grid() {
    Map<String, Object> grid = new LinkedHashMap<>();
    grid.put("solvers", SOLVERS);
    grid.put("c_svm", C_SVM);
    grid.put("c_logistic", C_LOGISTIC);
    grid.put("alpha_complement_nb", ALPHA_COMPLEMENT_NB);
    grid.put("class_weights", List.of("none", "balanced"));
    grid.put("nb_scaling_options", List.of("false"));
    return grid;
  }
}
