package dev.autolab.data.clean;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What cleaning one column was decided to need, kept with a model so that {@code predict} cleans
 * its input as the training data was cleaned (otherwise the model would see raw values it never
 * trained on).
 *
 * @param column the column
 * @param numberForms numbers with separators or one unit are made plain
 * @param sentinel the value read as missing, or {@code null}
 * @param html HTML is made text
 * @param booleans true/false spellings are unified
 * @param dateLayout the date layout rewritten as ISO 8601, or {@code null}
 * @param email e-mail header blocks (but the subject) and quoted replies are removed; written only
 *     when true, so that decisions saved before it existed read as false and a package without it
 *     still reads in versions that do not know it
 */
public record ColumnCleaning(
    String column,
    @JsonProperty("number_forms") boolean numberForms,
    String sentinel,
    boolean html,
    boolean booleans,
    @JsonProperty("date_layout") String dateLayout,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean email) {

  /** A decision without e-mail cleaning. */
  public ColumnCleaning(
      String column,
      boolean numberForms,
      String sentinel,
      boolean html,
      boolean booleans,
      String dateLayout) {
    this(column, numberForms, sentinel, html, booleans, dateLayout, false);
  }
}
