package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.data.dedup.DuplicateEntry;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.ReadOptions;
import dev.autolab.data.read.TableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The input files of one prepare: the data files first, then the optional valid and test files, all
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
    ReadOptions options = request.options().read();
    List<Path> paths = new ArrayList<>(List.of(request.data()));
    paths.addAll(request.options().moreData());
    List<Path> files = DataFiles.expand(paths);
    Input data = Input.of("data", TableReader.read(files.get(0), options, progress));
    data.requireRows();
    requireColumn(data, request.target(), "target column", "--target");
    if (request.textColumn() != null) {
      requireColumn(data, request.textColumn(), "text column", "--text");
    }
    List<Input> all = new ArrayList<>(List.of(data));
    for (Path more : files.subList(1, files.size())) {
      all.add(other(more, "data", data, options, progress));
    }
    if (request.valid() != null) {
      all.add(other(request.valid(), "valid", data, options, progress));
    }
    if (request.test() != null) {
      all.add(other(request.test(), "test", data, options, progress));
    }
    return new Inputs(all);
  }

  /** The first data file, whose columns every other file is read with. */
  Input data() {
    return all.get(0);
  }

  /** The rows in use of every data file (not the valid or test files). */
  List<Row> dataRows() {
    return all.stream()
        .filter(input -> input.role().equals("data"))
        .flatMap(input -> input.rows().stream())
        .toList();
  }

  /** These inputs without the rows in {@code removed} (an identity map), each logged. */
  Inputs drop(Map<Row, DuplicateEntry> removed) {
    return new Inputs(all.stream().map(input -> input.drop(removed)).toList());
  }

  /** These inputs with every row passed through {@code change}. */
  Inputs map(java.util.function.UnaryOperator<Row> change) {
    return new Inputs(all.stream().map(input -> input.map(change)).toList());
  }

  List<DuplicateEntry> duplicates() {
    return all.stream().flatMap(input -> input.duplicates().stream()).toList();
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

  /**
   * These inputs with the rows of the data files matching {@code bad} quarantined; the valid and
   * test files are left alone. Each file must keep a row.
   */
  Inputs rejectData(Predicate<Row> bad, String reason) {
    Inputs kept =
        new Inputs(
            all.stream()
                .map(input -> input.role().equals("data") ? input.reject(bad, reason) : input)
                .toList());
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

  private static Input other(
      Path file, String role, Input data, ReadOptions options, ProgressListener progress) {
    Input input = Input.of(role, TableReader.read(file, options, progress));
    input.requireRows();
    return input.project(data.columns(), data.path());
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
