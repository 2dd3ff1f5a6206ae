package dev.autolab.cli.run;

import dev.autolab.core.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The operating system's lock on a run folder's {@code run.lock}, held while a process writes the
 * run. A run killed with {@code kill -9} still says "running" in its {@code run.json}, so that
 * status cannot tell a dead run from a live one; the lock can, because the system releases it when
 * its process dies. A second process that opens the run (a {@code --resume} while the first still
 * trains) is refused instead of writing the same trials and journal at once.
 */
final class RunLock implements AutoCloseable {
  /** The lock file's name in the run folder; not one of the run's artifacts. */
  static final String FILE = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the run in {@code dir} and writes this process's id into the file.
   *
   * @throws BadInputException when another process holds it, naming that process
   */
  static RunLock take(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this same process, through another channel
      }
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new BadInputException(
            "run "
                + dir
                + " is in use by another autolab process"
                + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + ": wait for it to end, or stop it before resuming the run");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(false);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  /** The process id the holder wrote, or empty. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Already failing: the first error is the one to report.
    }
  }

  /** Whether {@code file} is a run folder's lock file, which is no artifact of the run. */
  static boolean isLockFile(Path dir, Path file) {
    return file.equals(dir.resolve(FILE));
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
