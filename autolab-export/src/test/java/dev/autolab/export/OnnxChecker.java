package dev.autolab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference ONNX checker (Debian's {@code python3-onnx}, installed by {@code .ci/run}): full
 * check, shape inference included. Debian's own interpreter is tried first, since a Python from
 * elsewhere on the path lacks the package.
 */
final class OnnxChecker {
  private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
  private static final String CHECK =
      "import onnx, sys; onnx.checker.check_model(onnx.load(sys.argv[1]), full_check=True)";

  private OnnxChecker() {}

  /** The interpreter that imports onnx. */
  static String python() {
    for (String python : PYTHONS) {
      try {
        if (run(List.of(python, "-c", "import onnx")).exit == 0) {
          return python;
        }
      } catch (IOException e) {
        // not this one
      }
    }
    throw new IllegalStateException(
        "no python3 with the onnx package: install Debian's python3-onnx (.ci/run does)");
  }

  record Outcome(int exit, String output) {}

  /** Checks {@code file}; the exit code is 0 when the checker accepts it. */
  static Outcome check(String python, Path file) throws IOException {
    return run(List.of(python, "-c", CHECK, file.toString()));
  }

  private static Outcome run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Outcome(-1, "timed out");
      }
      return new Outcome(p.exitValue(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
