package dev.autolab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process with captured output and a private home folder. */
final class CliRunner {
  static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

  record Result(int exitCode, String out, String err) {}

  private final Path home;

  CliRunner(Path home) {
    this.home = home;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    if (all.size() > 0 && !all.contains("--help") && !all.get(0).equals("runs")) {
      all.add("--home");
      all.add(home.toString());
    }
    int code =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * {@code autolab train DATA --target TARGET --max-rounds 1 --out OUT OPTIONS...}: one round, the
   * way the command-line tests train.
   */
  Result train(Path data, String target, Path out, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                data.toString(),
                "--target",
                target,
                "--max-rounds",
                "1",
                "--out",
                out.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  /** {@code autolab runs <sub> ...} with this home. */
  Result runs(String sub, String... args) {
    List<String> all = new ArrayList<>(List.of("runs", sub));
    all.addAll(List.of(args));
    all.add("--home");
    all.add(home.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }
}
