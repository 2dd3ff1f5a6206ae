package dev.autolab.neural.net;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The named arrays of a network, owned by one manager that lives as long as the model: trainable
 * weights (with gradients) and buffers such as batch-norm running statistics (without).
 */
public final class ParameterSet implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, NDArray> arrays = new LinkedHashMap<>();
  private final List<String> trainable = new ArrayList<>();

  public ParameterSet(NDManager manager) {
    this.manager = manager;
  }

  public NDManager manager() {
    return manager;
  }

  /**
   * A trainable array drawn uniformly from [-bound, bound], PyTorch's default for linear and
   * convolution layers with {@code bound = 1/sqrt(fan_in)}, so that results match a PyTorch run.
   */
  public NDArray uniform(String name, Shape shape, double bound, Random random) {
    float[] values = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return trainable(name, manager.create(values, shape));
  }

  /** A trainable array of a constant (batch-norm scale and shift). */
  public NDArray constant(String name, Shape shape, float value) {
    return trainable(name, manager.full(shape, value));
  }

  /** A non-trainable array (batch-norm running statistics). */
  public NDArray buffer(String name, Shape shape, float value) {
    NDArray array = manager.full(shape, value);
    array.setName(name);
    arrays.put(name, array);
    return array;
  }

  private NDArray trainable(String name, NDArray array) {
    array.setName(name);
    array.setRequiresGradient(true);
    arrays.put(name, array);
    trainable.add(name);
    return array;
  }

  public NDArray get(String name) {
    NDArray array = arrays.get(name);
    if (array == null) {
      throw new IllegalArgumentException("no parameter " + name + " in " + arrays.keySet());
    }
    return array;
  }

  /** Names of the trainable arrays, in creation order. */
  public List<String> trainableNames() {
    return List.copyOf(trainable);
  }

  /** The number of trainable values. */
  public long size() {
    return trainable.stream().mapToLong(n -> arrays.get(n).size()).sum();
  }

  /** Copies every array's values, to restore later (the best checkpoint kept in memory). */
  public Map<String, float[]> snapshot() {
    Map<String, float[]> copy = new LinkedHashMap<>();
    arrays.forEach((name, array) -> copy.put(name, array.toFloatArray()));
    return copy;
  }

  /** Writes a snapshot's values back in place, keeping gradients and optimizer state attached. */
  public void restore(Map<String, float[]> snapshot) {
    arrays.forEach((name, array) -> overwrite(array, snapshot.get(name)));
  }

  /**
   * Writes {@code values} into {@code array} in place. A float32 array in CPU memory is written
   * through DJL's direct view of it, as the optimizer writes weights: DJL's {@code set} goes
   * through an engine call that makes PyTorch print a deprecation warning to the terminal on its
   * first use (a guard type removed from PyTorch's API). Other arrays (a GPU's) go through {@code
   * set}.
   */
  static void overwrite(NDArray array, float[] values) {
    if (values.length != array.size()) {
      throw new IllegalArgumentException(
          values.length + " values for an array of shape " + array.getShape());
    }
    if (!array.getDevice().equals(Device.cpu()) || array.getDataType() != DataType.FLOAT32) {
      array.set(values);
      return;
    }
    memory(array).put(values);
  }

  /**
   * The float32 CPU tensor {@code array}'s own memory, as floats: writes through it change the
   * values the engine computes with (a view of a copy, for a tensor that is not contiguous, would
   * not).
   */
  public static FloatBuffer memory(NDArray array) {
    return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  /** Writes every array in DJL's NDList encoding, in order. */
  public void save(Path file) {
    NDList list = new NDList();
    arrays.values().forEach(list::add);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(list.encode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads values written by {@link #save} into this set's arrays (same names and shapes). */
  public void load(Path file) {
    try (InputStream in = Files.newInputStream(file);
        NDManager scratch = manager.newSubManager()) {
      NDList list = NDList.decode(scratch, in.readAllBytes());
      if (list.size() != arrays.size()) {
        throw new IOException(
            file + " holds " + list.size() + " arrays, expected " + arrays.size());
      }
      int i = 0;
      for (NDArray array : arrays.values()) {
        NDArray stored = list.get(i++);
        if (!stored.getShape().equals(array.getShape())) {
          throw new IOException(file + ": " + array.getName() + " has shape " + stored.getShape());
        }
        overwrite(array, stored.toFloatArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
