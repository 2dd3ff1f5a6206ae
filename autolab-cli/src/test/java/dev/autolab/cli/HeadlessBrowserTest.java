package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check can fail: a page whose script throws is caught. */
class HeadlessBrowserTest {
  @TempDir Path dir;

  @Test
  void aScriptErrorOnThePageIsReported() throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page, "<!doctype html><html><body><p>hi</p><script>notDefined();</script></body></html>");
    HeadlessBrowser.Loaded loaded = HeadlessBrowser.load(page, dir.resolve("profile"));
    assertThat(loaded.dom()).contains("<p>hi</p>");
    assertThat(loaded.consoleErrors()).anyMatch(line -> line.contains("notDefined"));
  }
}
