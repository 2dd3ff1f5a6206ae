package dev.autolab.cli.evaluate;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The evaluation options shared by {@code autolab evaluate} and {@code autolab train}. */
public final class EvaluationOptions {
  @Option(
      names = "--slice-by",
      paramLabel = "COL",
      description = "Also report the metrics by the values (or quartiles) of this column.")
  public String sliceBy;

  @Option(
      names = "--control",
      paramLabel = "FILE",
      description = "Gold examples (with the target column) checked and listed one by one.")
  public Path control;

  @Option(
      names = "--gates",
      paramLabel = "FILE",
      description = "Quality gates (YAML) overriding the defaults; see README.md.")
  public Path gates;

  @Option(
      names = "--attack-rows",
      paramLabel = "N",
      defaultValue = "100",
      description = "Examples the text attack tries (default: ${DEFAULT-VALUE}; 0: no attack).")
  public int attackRows;

  /** The settings for a run with this seed. */
  public EvaluationSettings settings(long seed) {
    return new EvaluationSettings(sliceBy, control, gates, seed, attackRows, true);
  }
}
