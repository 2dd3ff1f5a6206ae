package dev.autolab.data.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a file in an encoding where a byte is not a character (UTF-16, UTF-32): decoded as a
 * stream, malformed input replaced (a line holding a replacement character is marked undecodable),
 * byte offsets not tracked.
 */
final class CharLines implements LineSource {
  private static final int MAX_LINE_CHARS = ByteLines.MAX_LINE_BYTES / 2;

  private final Reader in;
  private final StringBuilder line = new StringBuilder();
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private long number;

  CharLines(Reader in) {
    this.in = in;
  }

  @Override
  public Line next() throws IOException {
    line.setLength(0);
    boolean any = false;
    boolean truncated = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      char c = buffer[position++];
      if (c == '\n') {
        break;
      }
      if (line.length() < MAX_LINE_CHARS) {
        line.append(c);
      } else {
        truncated = true;
      }
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    String text = line.toString();
    String problem =
        truncated ? "oversize line" : text.indexOf('\uFFFD') >= 0 ? "undecodable bytes" : null;
    return LineDecoder.withoutNul(new Line(++number, -1, text, null, problem));
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
