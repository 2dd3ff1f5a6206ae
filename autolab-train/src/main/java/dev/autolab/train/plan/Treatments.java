package dev.autolab.train.plan;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.eval.robust.TextPerturbation;
import dev.autolab.train.TrainingData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Applies a {@link DataTreatment} to the training rows; validation rows are never changed. */
public final class Treatments {
  /** Letters changed in an augmented copy: the rate the robustness check's typos use. */
  static final double AUGMENT_RATE = 0.05;

  private Treatments() {}

  public static TrainingData apply(DataTreatment treatment, TrainingData data, long seed) {
    List<Row> train = new ArrayList<>(data.train());
    if (!treatment.oversample().isEmpty()) {
      for (Row row : data.train()) {
        if (treatment.oversample().contains(row.get(data.schema().target()))) {
          for (int copy = 1; copy < treatment.oversampleFactor(); copy++) {
            train.add(row);
          }
        }
      }
    }
    if (treatment.augmentText()) {
      List<String> text =
          data.schema().featuresOfType(ColumnType.TEXT).stream().map(ColumnSchema::name).toList();
      SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "augment"));
      for (Row row : data.train()) {
        train.add(augmented(row, text, random));
      }
    }
    return new TrainingData(data.schema(), train, data.valid());
  }

  /** A copy with typos, swapped letters and flipped case: the noise users' texts carry. */
  private static Row augmented(Row row, List<String> textColumns, SplittableRandom random) {
    Map<String, String> values = new LinkedHashMap<>(row.values());
    for (String column : textColumns) {
      String text = values.get(column);
      if (text != null) {
        text = TextPerturbation.typos(text, random, AUGMENT_RATE);
        text = TextPerturbation.CHAR_SWAP.perturb(text, random);
        text = TextPerturbation.CASING.perturb(text, random);
        values.put(column, text);
      }
    }
    return new Row(row.source(), row.line(), values);
  }
}
