package dev.autolab.train.plan;

import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.train.Families;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns weaknesses into a revised plan. Each kind has its remedy: a weak class gets its rows
 * repeated, rare-class weighting forced on, and decision weights tuned for the metric on
 * validation; brittleness on text gets augmented training texts; slowness gets a smaller model. The
 * remedies are general (they do not look at which data set this is), and every change comes with
 * its reason.
 */
final class Reviser {
  /** Weak classes' rows are doubled: enough to move a boundary, little enough not to overfit. */
  static final int OVERSAMPLE_FACTOR = 2;

  Revision revise(Plan plan, DatasetSchema schema, List<Weakness> weaknesses) {
    Map<String, Map<String, Object>> params = new LinkedHashMap<>();
    Map<String, List<Reason>> reasons = new LinkedHashMap<>();
    Map<String, String> families = new LinkedHashMap<>();
    for (Candidate candidate : plan.candidates()) {
      families.put(candidate.name(), candidate.family());
      params.put(candidate.name(), new LinkedHashMap<>(candidate.params()));
      reasons.put(candidate.name(), new ArrayList<>(candidate.reasons()));
    }
    Set<String> weakClasses = new LinkedHashSet<>();
    boolean tune = false;
    boolean augment = false;
    Double minRecall = null;
    List<Reason> why = new ArrayList<>();
    for (Weakness weakness : weaknesses) {
      switch (weakness.kind()) {
        case WEAK_CLASS -> {
          weakClasses.add(weakness.subject());
          tune = true;
          if (weakness.target() != null) {
            minRecall =
                minRecall == null ? weakness.target() : Math.max(minRecall, weakness.target());
          }
        }
        case LOW_QUALITY -> tune = true;
        case BRITTLE -> augment |= !schema.featuresOfType(ColumnType.TEXT).isEmpty();
        case SLOW -> smaller(params, families, reasons, weakness, why);
      }
    }
    if (tune) {
      weighRareClasses(params, families, reasons, why, weakClasses, weaknesses);
    }
    if (augment) {
      why.add(
          new Reason(
              "revise-brittle",
              "answers change under noise ("
                  + evidence(weaknesses, Weakness.Kind.BRITTLE)
                  + "): each training text gets a copy with typos, swapped and re-cased letters"));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate candidate : plan.candidates()) {
      candidates.add(
          new Candidate(
              candidate.name(),
              candidate.family(),
              params.get(candidate.name()),
              reasons.get(candidate.name())));
    }
    DataTreatment treatment =
        new DataTreatment(
            List.copyOf(weakClasses),
            weakClasses.isEmpty() ? 1 : OVERSAMPLE_FACTOR,
            augment,
            tune,
            minRecall);
    return new Revision(Plan.of(candidates), treatment, why);
  }

  private static void weighRareClasses(
      Map<String, Map<String, Object>> params,
      Map<String, String> families,
      Map<String, List<Reason>> reasons,
      List<Reason> why,
      Set<String> weakClasses,
      List<Weakness> weaknesses) {
    Reason reason =
        new Reason(
            "revise-weak-class",
            (weakClasses.isEmpty()
                    ? "quality under its floor (" + evidence(weaknesses, Weakness.Kind.LOW_QUALITY)
                    : "weak class(es) "
                        + weakClasses
                        + " ("
                        + evidence(weaknesses, Weakness.Kind.WEAK_CLASS))
                + "): their training rows are repeated "
                + OVERSAMPLE_FACTOR
                + "x, rare classes are weighted up, and per-class decision weights are tuned"
                + " on out-of-fold predictions over train+valid: every class's recall up to the"
                + " gate's floor first, then the metric");
    why.add(reason);
    params.forEach(
        (name, p) -> {
          boolean trees = families.get(name).equals(Families.XGBOOST);
          p.put(
              "class_weights", trees ? List.of("sqrt_balanced", "balanced") : List.of("balanced"));
          reasons.get(name).add(reason);
        });
  }

  private static void smaller(
      Map<String, Map<String, Object>> params,
      Map<String, String> families,
      Map<String, List<Reason>> reasons,
      Weakness weakness,
      List<Reason> why) {
    Reason reason =
        new Reason(
            "revise-slow",
            "too slow ("
                + weakness.evidence()
                + "): word n-grams only for text, shallow trees capped at 300 rounds");
    why.add(reason);
    params.forEach(
        (name, p) -> {
          if (families.get(name).equals(Families.TFIDF_LINEAR)) {
            p.put("char_max_n", 0);
          } else if (families.get(name).equals(Families.XGBOOST)) {
            p.put("max_depths", List.of(3));
            p.put("max_rounds", 300);
          }
          reasons.get(name).add(reason);
        });
  }

  private static String evidence(List<Weakness> weaknesses, Weakness.Kind kind) {
    return String.join(
        "; ", weaknesses.stream().filter(w -> w.kind() == kind).map(Weakness::evidence).toList());
  }
}
