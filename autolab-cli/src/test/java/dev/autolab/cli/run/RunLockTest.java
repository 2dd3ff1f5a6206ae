package dev.autolab.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run folder is written by one live process at a time, and a dead process's lock is gone. */
class RunLockTest {
  @TempDir Path dir;

  @Test
  void aSecondHolderInTheSameProcessIsRefusedUntilTheFirstCloses() {
    RunLock first = RunLock.take(dir);
    assertThatThrownBy(() -> RunLock.take(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("is in use by another autolab process")
        .hasMessageContaining("wait for it to end");
    first.close();
    RunLock.take(dir).close();
  }

  @Test
  void aLiveProcessHoldingTheRunIsNamedAndItsDeathByKillReleasesIt() throws Exception {
    Path file = dir.resolve(RunLock.FILE);
    // Another process takes the same POSIX lock the JVM takes, writes its pid, and waits.
    Process other =
        new ProcessBuilder(
                "python3",
                "-c",
                "import fcntl, os, sys, time\n"
                    + "f = open(sys.argv[1], 'a+')\n"
                    + "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                    + "f.truncate(0); f.write(str(os.getpid())); f.flush()\n"
                    + "print('locked', flush=True)\n"
                    + "time.sleep(120)\n",
                file.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> RunLock.take(dir))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("(pid " + other.pid() + ")");
    } finally {
      other.destroyForcibly(); // SIGKILL, as a kill -9 of a training
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    RunLock.take(dir).close();
  }
}
