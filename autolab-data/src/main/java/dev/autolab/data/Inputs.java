package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.TableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The input files of one prepare: the data file first, then the optional valid and test files, all
 * holding the data file's columns in its order (extra columns of valid/test files are dropped).
 *
 * @param all the inputs, data first
 */
record Inputs(List<Input> all) {
  Inputs {
    all = List.copyOf(all);
  }

  /** Reads every file of the request and checks the named columns exist. */
  static Inputs read(PrepareRequest request, ProgressListener progress) {
    Input data = Input.of("data", TableReader.read(request.data(), progress));
    data.requireRows();
    requireColumn(data, request.target(), "target column", "--target");
    if (request.textColumn() != null) {
      requireColumn(data, request.textColumn(), "text column", "--text");
    }
    List<Input> all = new ArrayList<>(List.of(data));
    split(request.valid(), "valid", data, progress).ifPresent(all::add);
    split(request.test(), "test", data, progress).ifPresent(all::add);
    return new Inputs(all);
  }

  Input data() {
    return all.get(0);
  }

  List<String> columns() {
    return data().columns();
  }

  Optional<Input> role(String role) {
    return all.stream().filter(input -> input.role().equals(role)).findFirst();
  }

  /** These inputs with the rows matching {@code bad} quarantined; each file must keep a row. */
  Inputs reject(Predicate<Row> bad, String reason) {
    Inputs kept = new Inputs(all.stream().map(input -> input.reject(bad, reason)).toList());
    kept.all.forEach(Input::requireRows);
    return kept;
  }

  /** The rows in use, of every input in order. */
  List<Row> rows() {
    return all.stream().flatMap(input -> input.rows().stream()).toList();
  }

  List<QuarantineEntry> quarantine() {
    return all.stream().flatMap(input -> input.quarantined().stream()).toList();
  }

  long rowsRead() {
    return all.stream().mapToLong(Input::rowsRead).sum();
  }

  private static Optional<Input> split(
      Path file, String role, Input data, ProgressListener progress) {
    if (file == null) {
      return Optional.empty();
    }
    Input input = Input.of(role, TableReader.read(file, progress));
    input.requireRows();
    return Optional.of(input.project(data.columns(), data.path()));
  }

  private static void requireColumn(Input data, String column, String what, String option) {
    if (data.columns().contains(column)) {
      return;
    }
    String hint =
        data.columns().stream()
            .filter(c -> c.equalsIgnoreCase(column))
            .findFirst()
            .map(c -> " (did you mean '" + c + "'?)")
            .orElse("");
    throw new BadInputException(
        String.format(
            "%s '%s' is not in %s%s; its columns are: %s; pass one of them with %s",
            what, column, data.path(), hint, String.join(", ", data.columns()), option));
  }
}
