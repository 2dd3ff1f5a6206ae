package dev.autolab.data.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of an ASCII-compatible file, split on the byte '\n' (a trailing '\r' dropped) and decoded
 * one by one, so that each line's byte offset is known and one badly encoded line spoils only
 * itself. A line longer than {@link #MAX_LINE_BYTES} is cut there and marked, so that a file with
 * no line breaks cannot exhaust memory.
 */
final class ByteLines implements LineSource {
  static final int MAX_LINE_BYTES = 64 << 20;
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final LineDecoder decoder;
  private final byte[] buffer = new byte[BUFFER];
  private byte[] line = new byte[1024];
  private int length;
  private int position;
  private int limit;
  private long offset;
  private long number;
  private boolean truncated;

  ByteLines(InputStream in, LineDecoder decoder, long startOffset) {
    this.in = in;
    this.decoder = decoder;
    this.offset = startOffset;
  }

  @Override
  public Line next() throws IOException {
    length = 0;
    truncated = false;
    long start = offset;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(position, end - position);
      offset += end - position;
      if (end < limit) {
        position = end + 1;
        offset++;
        break;
      }
      position = limit;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    Line decoded = decoder.decode(++number, start, line, length);
    return truncated
        ? new Line(decoded.number(), start, decoded.text(), null, "oversize line")
        : decoded;
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

  private void append(int from, int count) {
    int room = MAX_LINE_BYTES - length;
    if (count > room) {
      truncated = true;
      count = room;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
