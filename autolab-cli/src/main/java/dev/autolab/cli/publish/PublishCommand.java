package dev.autolab.cli.publish;

import dev.autolab.cli.CommonOptions;
import dev.autolab.registry.Registry;
import dev.autolab.registry.RunFolder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autolab publish RUN}: completes the run's model package with its generated card, registers
 * it as the next version of a named model (stage {@code candidate}), and pushes it to the remotes
 * given with {@code --to}.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Generate the model card, version the package in the registry, push it.")
public final class PublishCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "A run folder, or a run id.")
  String run;

  @Option(
      names = "--to",
      paramLabel = "URL",
      description = "Also push to a git remote (file://, https://, ssh://) or s3://BUCKET/PREFIX.")
  List<String> remotes = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", description = "Model name (default: the target).")
  String name;

  @Option(
      names = "--license",
      paramLabel = "ID",
      defaultValue = "other",
      description = "License id for the card (default: ${DEFAULT-VALUE}).")
  String license;

  @Option(
      names = "--no-approval",
      description = "A new model's policy: production needs no approval (default: it does).")
  boolean noApproval;

  @Option(
      names = "--notify",
      paramLabel = "URL",
      description = "Post critical changes (Slack-compatible JSON) here; remembered for the model.")
  String notify;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunFolder folder = RegistryAccess.run(common, run);
    String modelName =
        name != null
            ? name
            : folder
                .model()
                .at("/schema/target")
                .asText("model")
                .replaceAll("[^A-Za-z0-9._-]+", "-");
    for (String url : remotes) {
      dev.autolab.registry.remote.Remote.forUrl(url); // a bad URL fails before any work
    }
    try (Registry registry = RegistryAccess.open(common)) {
      Registry.Published published =
          registry.publish(folder, modelName, license, !noApproval, notify);
      var version = published.version();
      out.println(
          (published.existed() ? "already published as " : "published ")
              + version.ref()
              + " ("
              + version.metric()
              + " "
              + version.metricValue()
              + ", "
              + version.bytes()
              + " bytes, digest "
              + version.digest().substring(0, 12)
              + ")");
      out.println("card    " + folder.modelDir().resolve("README.md"));
      published.criticalChanges().forEach(c -> out.println("critical change: " + c));
      if (published.notified()) {
        out.println("notified " + registry.policy(modelName).notifyUrl());
      }
      for (String url : remotes) {
        registry.push(version, url);
        out.println("pushed  " + version.ref() + " to " + url);
      }
      out.flush();
    }
    return 0;
  }
}
