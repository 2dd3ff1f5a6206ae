package dev.autolab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Chromium, headless, to load a page the way a user's browser does. */
final class HeadlessBrowser {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  private HeadlessBrowser() {}

  /**
   * What the browser made of a page.
   *
   * @param dom the DOM after parsing and layout
   * @param consoleErrors the page's console messages that report an error (an uncaught exception, a
   *     failed script), as Chromium logs them
   */
  record Loaded(String dom, List<String> consoleErrors) {}

  /** The DOM of {@code page} after the browser parsed and laid it out. */
  static String dom(Path page, Path profile) throws IOException, InterruptedException {
    return load(page, profile).dom();
  }

  /** Loads {@code page}, keeping the DOM and the console's error messages. */
  static Loaded load(Path page, Path profile) throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "no Chromium at "
              + CHROMIUM
              + ": install Debian's chromium (see .ci/run) or set CHROMIUM");
    }
    // Flags that keep a headless browser off the network on a closed machine.
    Process process =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile,
                    // Console messages go to stderr, so script errors can be checked.
                    "--enable-logging=stderr",
                    "--v=0",
                    "--dump-dom",
                    page.toUri().toString()))
            .redirectError(profile.resolveSibling(profile.getFileName() + ".log").toFile())
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish loading " + page);
    }
    List<String> errors =
        Files.readAllLines(profile.resolveSibling(profile.getFileName() + ".log")).stream()
            .filter(line -> line.contains("CONSOLE") && line.toLowerCase().contains("error"))
            .toList();
    return new Loaded(new String(out, StandardCharsets.UTF_8), errors);
  }
}
