package dev.autolab.cli.train;

import dev.autolab.core.BadInputException;
import dev.autolab.train.supervise.Notifier;
import dev.autolab.train.supervise.Supervision;
import dev.autolab.train.supervise.SupervisorSettings;
import dev.autolab.train.supervise.WebhookNotifier;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** {@code --supervisor}, {@code --memory-limit} and {@code --notify} of {@code autolab train}. */
public final class SupervisorOptions {
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

  @Option(
      names = "--supervisor",
      paramLabel = "on|off",
      defaultValue = "on",
      description =
          "Watch the training curves and act on them (default: ${DEFAULT-VALUE}); off trains"
              + " exactly as configured.")
  public String supervisor;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      description =
          "Memory the run may use, e.g. 1500m or 2g; above 90%% of it the supervisor halves the"
              + " rows per pass and doubles gradient accumulation.")
  public String memoryLimit;

  @Option(
      names = "--notify",
      paramLabel = "URL",
      description =
          "Post critical supervisor events (divergence, rollback, stop) to this Slack-compatible"
              + " webhook.")
  public String notify;

  /** The supervision these options ask for; critical events are also printed to {@code err}. */
  public Supervision supervision(PrintWriter err) {
    boolean on =
        switch (supervisor.toLowerCase(Locale.ROOT)) {
          case "on" -> true;
          case "off" -> false;
          default -> throw new BadInputException("--supervisor " + supervisor + ": use on or off");
        };
    long limit = memoryLimit == null ? 0 : bytes(memoryLimit);
    SupervisorSettings settings =
        (on ? SupervisorSettings.defaults() : SupervisorSettings.off()).withMemoryLimit(limit);
    List<Notifier> notifiers = new ArrayList<>();
    notifiers.add(
        event -> {
          err.println("supervisor: " + event.message());
          err.flush();
        });
    if (notify != null) {
      notifiers.add(new WebhookNotifier(url(notify)));
    }
    return new Supervision(settings, Notifier.all(notifiers));
  }

  /** Checks the options before any work, so a typo fails at once with exit code 2. */
  public void check() {
    supervision(new PrintWriter(System.err));
  }

  static long bytes(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new BadInputException(
          "--memory-limit " + text + ": write a size such as 1500m, 2g or 2147483648");
    }
    double value = Double.parseDouble(m.group(1));
    int power = "kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    long bytes = (long) (value * Math.pow(1024, power));
    if (bytes < 64L * 1024 * 1024) {
      throw new BadInputException(
          "--memory-limit " + text + ": below 64 MB no training fits; give a larger size");
    }
    return bytes;
  }

  private static URI url(String text) {
    try {
      URI uri = new URI(text);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new BadInputException("--notify " + text + ": use an http:// or https:// URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new BadInputException("--notify " + text + ": not a URL (" + e.getReason() + ")");
    }
  }
}
