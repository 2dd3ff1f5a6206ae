package dev.autolab.cli;

import dev.autolab.cli.train.TrainOptions;
import dev.autolab.cli.train.TrainPipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code autolab train}: the whole loop, from a data file to a packaged, evaluated model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Prepare the data, train and select candidate models, evaluate the best on the test split,"
          + " and package it.",
      "Prints where the model and the report are."
    })
public final class TrainCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin TrainOptions options;
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return new TrainPipeline(
            data, options, common, spec.commandLine().getOut(), CommonOptions.originalArgs(spec))
        .run();
  }
}
