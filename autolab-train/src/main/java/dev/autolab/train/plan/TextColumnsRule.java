package dev.autolab.train.plan;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.Task;
import dev.autolab.train.Families;
import java.util.List;

/**
 * Text columns make a text problem: TF-IDF features with a linear model are fast, strong on text
 * and hard to beat without a pretrained encoder. Regression on text is not supported yet; the other
 * columns are used when there are some.
 */
final class TextColumnsRule implements PlanRule {
  @Override
  public String name() {
    return "text-columns";
  }

  @Override
  public void apply(PlanDraft draft) {
    List<String> text =
        draft.schema.featuresOfType(ColumnType.TEXT).stream().map(ColumnSchema::name).toList();
    if (text.isEmpty()) {
      return;
    }
    if (draft.schema.task() == Task.CLASSIFICATION) {
      draft.add(
          Families.TFIDF_LINEAR,
          reason(
              "text column(s) "
                  + text
                  + " make this a text problem: TF-IDF n-grams feed a linear classifier"));
    } else if (draft.schema.features().size() == text.size()) {
      throw new BadInputException(
          "regression on text alone is not supported yet: add numeric or categorical columns, or predict a class");
    }
  }
}
