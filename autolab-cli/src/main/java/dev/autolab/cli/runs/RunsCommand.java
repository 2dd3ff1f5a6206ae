package dev.autolab.cli.runs;

import picocli.CommandLine.Command;

/** {@code autolab runs}: read the tracking store. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "List, show and compare runs from the tracking store.",
    subcommands = {ListRuns.class, ShowRun.class, CompareRuns.class})
public final class RunsCommand {}
