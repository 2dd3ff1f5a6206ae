package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import dev.autolab.data.dedup.DuplicateEntry;
import dev.autolab.data.profile.InputProfile;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One input file on its way to the splits: the rows still in use and every record set aside.
 *
 * @param role data, valid or test
 * @param path the file as given
 * @param columns the file's columns
 * @param rowsRead data records read from the file
 * @param rows rows still in use
 * @param quarantined records set aside so far
 * @param duplicates rows removed as duplicates so far
 * @param table how the file was read (encoding, layout, repairs); its rows are not used from here
 */
record Input(
    String role,
    Path path,
    List<String> columns,
    long rowsRead,
    List<Row> rows,
    List<QuarantineEntry> quarantined,
    List<DuplicateEntry> duplicates,
    Table table) {
  Input {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    quarantined = List.copyOf(quarantined);
    duplicates = List.copyOf(duplicates);
  }

  static Input of(String role, Table table) {
    return new Input(
        role,
        table.source(),
        table.columns(),
        table.rowsRead(),
        table.rows(),
        table.quarantined(),
        List.of(),
        table);
  }

  /** This input with every row passed through {@code change}. */
  Input map(java.util.function.UnaryOperator<Row> change) {
    List<Row> changed = rows.stream().map(change).toList();
    return new Input(role, path, columns, rowsRead, changed, quarantined, duplicates, table);
  }

  /** This input without the rows in {@code removed}, each logged with its entry. */
  Input drop(Map<Row, DuplicateEntry> removed) {
    List<Row> kept = new ArrayList<>();
    List<DuplicateEntry> dropped = new ArrayList<>(duplicates);
    for (Row row : rows) {
      DuplicateEntry entry = removed.get(row);
      if (entry == null) {
        kept.add(row);
      } else {
        dropped.add(entry);
      }
    }
    return new Input(role, path, columns, rowsRead, kept, quarantined, dropped, table);
  }

  /** This input with the rows matching {@code bad} moved to the quarantine. */
  Input reject(Predicate<Row> bad, String reason) {
    List<Row> kept = new ArrayList<>();
    List<QuarantineEntry> set = new ArrayList<>(quarantined);
    for (Row row : rows) {
      if (bad.test(row)) {
        set.add(new QuarantineEntry(row.source(), row.line(), reason, RowJson.object(row)));
      } else {
        kept.add(row);
      }
    }
    set.sort(Comparator.comparingLong(QuarantineEntry::line)); // the log reads in file order
    return new Input(role, path, columns, rowsRead, kept, set, duplicates, table);
  }

  /** This input's rows with exactly {@code wanted} columns, in that order. */
  Input project(List<String> wanted, Path reference) {
    for (String column : wanted) {
      if (!columns.contains(column)) {
        throw new BadInputException(
            String.format(
                "the %s file %s has no column '%s', which %s has: give every file the same columns",
                role, path, column, reference));
      }
    }
    List<Row> projected = rows.stream().map(row -> project(row, wanted)).toList();
    return new Input(role, path, wanted, rowsRead, projected, quarantined, duplicates, table);
  }

  /** Fails when nothing of this file is left to use. */
  void requireRows() {
    if (!rows.isEmpty()) {
      return;
    }
    String example =
        quarantined.isEmpty()
            ? ""
            : String.format(
                " (line %d: %s)", quarantined.get(0).line(), quarantined.get(0).reason());
    throw new BadInputException(
        String.format(
            "no usable rows in %s: all %d were quarantined%s; fix the file or pick another",
            path, rowsRead, example));
  }

  InputProfile profile() {
    return new InputProfile(
        path.toString(),
        role,
        rowsRead,
        rows.size(),
        quarantined.size(),
        duplicates.size(),
        table.encoding(),
        table.format(),
        table.repairs());
  }

  private static Row project(Row row, List<String> wanted) {
    Map<String, String> values = new LinkedHashMap<>();
    wanted.forEach(c -> values.put(c, row.get(c)));
    return new Row(row.source(), row.line(), values);
  }
}
