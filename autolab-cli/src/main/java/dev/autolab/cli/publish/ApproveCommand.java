package dev.autolab.cli.publish;

import dev.autolab.cli.CommonOptions;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.Registry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autolab approve MODEL@VERSION}: a human's approval, which production may require. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = "Approve a model version for production.")
public final class ApproveCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL@VERSION")
  String ref;

  @Option(names = "--by", paramLabel = "NAME", description = "Who approves (default: $USER).")
  String by;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RegistryAccess.Ref r = RegistryAccess.ref(ref);
    String approver = by != null ? by : System.getProperty("user.name", "unknown");
    try (Registry registry = RegistryAccess.open(common)) {
      ModelVersion v = registry.approve(r.name(), r.version(), approver);
      spec.commandLine()
          .getOut()
          .println("approved " + v.ref() + " by " + v.approvedBy() + " at " + v.approvedAt());
    }
    return 0;
  }
}
