package dev.autolab.eval;

import dev.autolab.core.Row;
import java.util.List;

/**
 * A model as evaluation sees it: rows in, one answer per row out. The command line adapts a trained
 * model to it, so this module needs no model family.
 */
public interface Scorer {
  /**
   * Class probabilities for classification (one vector per row, in the order of the schema's
   * classes), or a one-element vector holding the predicted value for regression.
   */
  double[][] score(List<Row> rows);
}
