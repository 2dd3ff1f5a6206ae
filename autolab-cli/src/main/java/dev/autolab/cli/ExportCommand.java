package dev.autolab.cli;

import dev.autolab.cli.export.ExportStep;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.export.Format;
import dev.autolab.export.run.Timer;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autolab export MODEL_DIR}: the model as ONNX variants in its folder, each measured on the
 * run's test split, and {@code exports.json} with the comparison.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a packaged model to ONNX (fp32, int8, int4, optimized) and compare.")
public final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "The model/ folder of a run.")
  Path modelDir;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      defaultValue = "all",
      description =
          "Variants: fp32, fp32-optimized, int8, int8-static, int4 (comma-separated), or all"
              + " (default).")
  String formats;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where exports.json goes (default: the run folder of MODEL_DIR).")
  Path out;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var chosen = Format.parse(formats);
    TrainedModel model = ModelLoader.load(modelDir);
    var test = ExportStep.splitRows(modelDir, "test");
    var train =
        chosen.contains(Format.INT8_STATIC) ? ExportStep.splitRows(modelDir, "train") : null;
    Path outDir = out != null ? out : modelDir.toAbsolutePath().normalize().getParent();
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + outDir, e);
    }
    Clock clock = Clock.systemUTC();
    String[] args = CommonOptions.originalArgs(spec);
    try (RunRecorder run =
        RunRecorder.start("export", args, null, common.runsDir(), common.trackingFile(), clock)) {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("model", modelDir.toAbsolutePath().normalize().toString());
      config.put("formats", formats);
      run.record().config = config;
      return run.execute(
          "export",
          () -> {
            var exports =
                ExportStep.run(
                    model,
                    modelDir,
                    test,
                    train,
                    chosen,
                    Timer.FULL,
                    outDir,
                    run.journal(),
                    clock,
                    spec.commandLine().getOut());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("recommended", exports.recommended());
            result.put("exports", outDir.resolve("exports.json").toString());
            run.record().result = result;
            return 0;
          });
    }
  }
}
