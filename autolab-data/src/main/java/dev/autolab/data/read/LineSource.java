package dev.autolab.data.read;

import java.io.Closeable;
import java.io.IOException;

/** The lines of a file in order. */
interface LineSource extends Closeable {
  /** The next line, or {@code null} at the end of the file. */
  Line next() throws IOException;
}
