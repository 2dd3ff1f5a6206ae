package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import dev.autolab.data.split.TimeColumn;
import dev.autolab.data.split.TimeValues;
import java.util.List;

/**
 * The part of a prepare that a time split adds: choosing the time column and setting aside the rows
 * of the data files that cannot be placed in time. Such a row is quarantined with its reason
 * ("missing time in 'date'", "unparseable time in 'date'") rather than put in a split at a guessed
 * place: in train it could be later than the test rows, in test earlier than the train rows.
 *
 * @param column the time column, or {@code null} for a random split
 * @param inputs the inputs, without the rows that have no time
 */
record TimeStage(String column, Inputs inputs) {
  /** The stage for {@code request}: nothing changes unless it asks for a time split. */
  static TimeStage of(PrepareRequest request, Inputs inputs) {
    if (!request.options().split().byTime()) {
      return new TimeStage(null, inputs);
    }
    String column =
        TimeColumn.choose(
            inputs.columns(),
            inputs.dataRows(),
            request.target(),
            request.options().split().timeColumn());
    Inputs placed =
        inputs
            .rejectData(row -> row.get(column) == null, "missing time in '" + column + "'")
            .rejectData(
                row -> !TimeValues.isTime(row.get(column)), "unparseable time in '" + column + "'");
    requireTwoTimes(placed.dataRows(), column);
    return new TimeStage(column, placed);
  }

  private static void requireTwoTimes(List<Row> rows, String column) {
    long times =
        rows.stream()
            .map(row -> TimeValues.instant(row.get(column)).orElseThrow())
            .distinct()
            .count();
    if (times < 2) {
      throw new BadInputException(
          String.format(
              "--split time: every row has the same time in '%s' (%s), so there is no order to"
                  + " split by; use --split random",
              column, rows.get(0).get(column)));
    }
  }
}
