package dev.autolab.neural.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped IDX files of (Fashion-)MNIST: unsigned bytes after a dimension header. */
final class Idx {
  final int[] dims;
  final byte[] data;

  private Idx(int[] dims, byte[] data) {
    this.dims = dims;
    this.data = data;
  }

  static Idx read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      int magic = in.readInt();
      int[] dims = new int[magic & 0xFF];
      long size = 1;
      for (int i = 0; i < dims.length; i++) {
        dims[i] = in.readInt();
        size *= dims[i];
      }
      byte[] data = new byte[Math.toIntExact(size)];
      in.readFully(data);
      return new Idx(dims, data);
    }
  }
}
