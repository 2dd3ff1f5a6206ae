package dev.autolab.cli.export;

import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.export.ExportVariant;
import dev.autolab.export.Exporter;
import dev.autolab.export.Exports;
import dev.autolab.export.Format;
import dev.autolab.export.run.Timer;
import dev.autolab.train.TrainedModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5 as {@code train} and {@code export} run it: the variants into {@code model/}, {@code
 * exports.json} into the output folder, the card's ONNX section, one journal event, and the table
 * on the terminal.
 */
public final class ExportStep {
  private ExportStep() {}

  /** The split {@code name} (train, valid, test) of the run that {@code modelDir} belongs to. */
  public static List<Row> splitRows(Path modelDir, String name) {
    Path runDir = modelDir.toAbsolutePath().normalize().getParent();
    return SplitRows.read(runDir.resolve("data").resolve("splits").resolve(name + ".jsonl"));
  }

  public static Exports run(
      TrainedModel model,
      Path modelDir,
      List<Row> test,
      List<Row> calibration,
      Set<Format> formats,
      Timer timer,
      Path outDir,
      EventSink journal,
      Clock clock,
      PrintWriter out) {
    Exports exports =
        new Exporter(formats, timer, message -> {}).export(model, modelDir, test, calibration);
    Json.write(outDir.resolve(Exports.FILE), exports);
    ModelCardSection.write(modelDir, exports);
    journal.record(
        Event.of(
            clock,
            "export",
            "note",
            "export",
            evidence(exports),
            exports.variants().size()
                + " variant(s) of the model measured; recommended: "
                + exports.recommended()));
    out.println();
    out.print(ExportTable.render(exports));
    out.flush();
    return exports;
  }

  private static Map<String, Object> evidence(Exports exports) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    for (ExportVariant v : exports.variants()) {
      evidence.put(v.name(), v.file() == null ? v.note() : v.bytes());
    }
    evidence.put("recommended", exports.recommended());
    return evidence;
  }
}
