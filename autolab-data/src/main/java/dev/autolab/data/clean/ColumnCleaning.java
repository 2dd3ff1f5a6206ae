package dev.autolab.data.clean;

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
 */
public record ColumnCleaning(
    String column,
    @JsonProperty("number_forms") boolean numberForms,
    String sentinel,
    boolean html,
    boolean booleans,
    @JsonProperty("date_layout") String dateLayout) {}
