package dev.autolab.cli.report;

import dev.autolab.cli.export.ExportTable;
import dev.autolab.core.Json;
import dev.autolab.export.Exports;
import java.nio.file.Files;
import java.nio.file.Path;

/** The report's section on the ONNX variants, from the run's {@code exports.json}. */
final class ExportSection {
  private ExportSection() {}

  static void append(StringBuilder page, Path runDir) {
    Path file = runDir.resolve(Exports.FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    Exports exports = Json.read(file, Exports.class);
    page.append("<h2>Export</h2><p>ONNX variants of the model, each run with ONNX Runtime on the")
        .append(" test split and compared with the model as trained. Before the graph: ")
        .append(Html.escape(exports.preprocessing()))
        .append(".</p><pre>")
        .append(Html.escape(ExportTable.render(exports)))
        .append("</pre>");
  }
}
