package dev.autolab.cli;

import dev.autolab.cli.publish.ApproveCommand;
import dev.autolab.cli.publish.PublishCommand;
import dev.autolab.cli.publish.RegistryCommand;
import dev.autolab.cli.runs.RunsCommand;
import picocli.CommandLine.Command;

/** The top-level {@code autolab} command: a group of subcommands, one per stage. */
@Command(
    name = "autolab",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "From a data set and a goal to a tested, documented model.",
    subcommands = {
      TrainCommand.class,
      PlanCommand.class,
      EvaluateCommand.class,
      PredictCommand.class,
      ExportCommand.class,
      PrepareCommand.class,
      RunsCommand.class,
      PublishCommand.class,
      ApproveCommand.class,
      RegistryCommand.class,
      ReproduceCommand.class
    })
public final class AutolabCommand {}
