package dev.autolab.train.model;

import dev.autolab.core.BadInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named numeric arrays in one binary file (big-endian, IEEE 754 doubles written bit for bit), for
 * model weights and vocabularies: lossless and compact where JSON text would be large.
 *
 * <p>Layout: the magic {@code AUTOLAB-ARRAYS}, a version int, the number of arrays, then per array
 * its name (modified UTF-8), a type byte ({@code I} int, {@code D} double), its length and its
 * values.
 */
public final class ArrayFile {
  private static final String MAGIC = "AUTOLAB-ARRAYS";
  private static final int VERSION = 1;

  private final Map<String, Object> arrays = new LinkedHashMap<>();

  public ArrayFile put(String name, int[] values) {
    arrays.put(name, values.clone());
    return this;
  }

  public ArrayFile put(String name, double[] values) {
    arrays.put(name, values.clone());
    return this;
  }

  public int[] ints(String name) {
    return (int[]) require(name, int[].class);
  }

  public double[] doubles(String name) {
    return (double[]) require(name, double[].class);
  }

  private Object require(String name, Class<?> type) {
    Object value = arrays.get(name);
    if (!type.isInstance(value)) {
      throw new BadInputException(
          "model file lacks the array '" + name + "'; save the model again");
    }
    return value;
  }

  /** Writes all arrays to {@code file}. */
  public void write(Path file) {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(arrays.size());
      for (Map.Entry<String, Object> entry : arrays.entrySet()) {
        out.writeUTF(entry.getKey());
        if (entry.getValue() instanceof int[] ints) {
          out.writeByte('I');
          out.writeInt(ints.length);
          for (int v : ints) {
            out.writeInt(v);
          }
        } else {
          double[] doubles = (double[]) entry.getValue();
          out.writeByte('D');
          out.writeInt(doubles.length);
          for (double v : doubles) {
            out.writeDouble(v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a file written by {@link #write}. */
  public static ArrayFile read(Path file) {
    ArrayFile result = new ArrayFile();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
        throw new BadInputException(file + " is not an Autolab array file of version " + VERSION);
      }
      int count = in.readInt();
      for (int a = 0; a < count; a++) {
        String name = in.readUTF();
        byte type = in.readByte();
        int length = in.readInt();
        if (type == 'I') {
          int[] values = new int[length];
          for (int i = 0; i < length; i++) {
            values[i] = in.readInt();
          }
          result.arrays.put(name, values);
        } else {
          double[] values = new double[length];
          for (int i = 0; i < length; i++) {
            values[i] = in.readDouble();
          }
          result.arrays.put(name, values);
        }
      }
      return result;
    } catch (IOException e) {
      throw new BadInputException("cannot read model file " + file + ": " + e.getMessage(), e);
    }
  }
}
