package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds each training batch by copying its rows, in shuffled order, from a direct view of the data
 * set's memory straight into the memory of a batch tensor kept for the whole fit, and copies the
 * next batch on another thread while the current one trains, as a data loader's worker does.
 *
 * <p>One bulk copy per row costs little next to the alternatives measured: gathering through a
 * tensor index, or shuffling the whole data set each epoch, cost a tenth of a millisecond per step
 * or more, and wrapping a Java buffer in a new tensor copied the batch a second time. Still, rows
 * read from random places come at the memory's latency: 128 rows of 784 floats took 120 us, 6% of a
 * step of the benchmark MLP, whose engine works on one core and leaves the other idle meanwhile.
 *
 * <p>Two batch tensors of each batch size take turns: the step trains on one while the next batch
 * is written into the other. The guess for the next batch is the same number of rows that follow in
 * the same order; anything else (a new epoch's order, a batch size changed mid-run, the last short
 * batch) is copied when asked for. Each step borrows its tensors ({@link NDArray#tempAttach}), so
 * that everything computed from them belongs to the step and is freed with it.
 */
final class BatchAssembler implements AutoCloseable {
  private static final ExecutorService AHEAD =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "autolab-batch-ahead");
            thread.setDaemon(true);
            return thread;
          });

  private final Rows features;
  private final Rows targets;
  private Ahead ahead;

  /** A batch being copied ahead: which rows, into which tensors, and the copy. */
  private record Ahead(int[] order, int from, int to, Slot x, Slot y, Future<?> copy) {
    boolean is(int[] order, int from, int to) {
      return this.order == order && this.from == from && this.to == to;
    }
  }

  /**
   * @param keep owns the batch tensors until the fit ends
   */
  BatchAssembler(TensorData data, NDManager keep) {
    this.features = new Rows(data.features(), keep);
    this.targets = new Rows(data.targets(), keep);
  }

  /**
   * The rows {@code order[from..to)} as tensors lent to {@code step} until it closes; starts
   * copying the rows that follow. {@code order} must not change while the assembler may read it.
   */
  TensorData assemble(NDManager step, int[] order, int from, int to) {
    Slot x;
    Slot y;
    Ahead guessed = ahead;
    ahead = null;
    if (guessed != null) {
      // Waited for even when wrong: it may be writing the tensor this batch is about to take.
      await(guessed.copy());
    }
    if (guessed != null && guessed.is(order, from, to)) {
      x = guessed.x();
      y = guessed.y();
    } else {
      x = features.slot(to - from, null);
      y = targets.slot(to - from, null);
      copy(x, y, order, from, to);
    }
    features.check(x, order[from]);
    targets.check(y, order[from]);
    int nextTo = Math.min(order.length, to + (to - from));
    if (to < nextTo) {
      Slot nextX = features.slot(nextTo - to, x);
      Slot nextY = targets.slot(nextTo - to, y);
      Future<?> copy = AHEAD.submit(() -> copy(nextX, nextY, order, to, nextTo));
      ahead = new Ahead(order, to, nextTo, nextX, nextY, copy);
    }
    return new TensorData(x.lend(step), y.lend(step));
  }

  /** Waits for a copy under way: the batch tensors are freed after this returns. */
  @Override
  public void close() {
    if (ahead != null) {
      await(ahead.copy());
      ahead = null;
    }
  }

  private void copy(Slot x, Slot y, int[] order, int from, int to) {
    features.copy(x, order, from, to);
    targets.copy(y, order, from, to);
  }

  private static void await(Future<?> copy) {
    try {
      copy.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a batch was being copied", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A batch tensor, a writable view of its memory, and whether writes were seen to land. */
  private static final class Slot {
    final NDArray tensor;
    final ByteBuffer memory;
    boolean checked;

    Slot(NDArray tensor) {
      this.tensor = tensor;
      this.memory = tensor.toByteBuffer(true);
    }

    /**
     * The tensor, lent to {@code step}. A step with several micro-batches of one size borrows it
     * again: it is already the step's, and lending it twice would return it to the closing step.
     */
    NDArray lend(NDManager step) {
      if (tensor.getManager() != step) {
        tensor.tempAttach(step);
      }
      return tensor;
    }
  }

  /** One tensor's rows: a view of its memory and two batch tensors per batch size. */
  private static final class Rows {
    private final ByteBuffer source;
    private final NDArray array;
    private final NDManager keep;
    private final int rowBytes;
    private final long[] rowShape;
    private final Map<Integer, Slot[]> slots = new HashMap<>();

    Rows(NDArray array, NDManager keep) {
      this.array = array;
      this.keep = keep;
      this.source = array.toByteBuffer(true);
      Shape shape = array.getShape();
      this.rowShape = shape.slice(1).getShape();
      this.rowBytes = Math.toIntExact(shape.slice(1).size() * array.getDataType().getNumOfBytes());
    }

    /** A tensor for {@code rows} rows other than {@code busy}, created on first use. */
    Slot slot(int rows, Slot busy) {
      Slot[] pair = slots.computeIfAbsent(rows, n -> new Slot[] {newSlot(n), newSlot(n)});
      return pair[0] == busy ? pair[1] : pair[0];
    }

    private Slot newSlot(int rows) {
      long[] dims = new long[rowShape.length + 1];
      dims[0] = rows;
      System.arraycopy(rowShape, 0, dims, 1, rowShape.length);
      return new Slot(keep.zeros(new Shape(dims), array.getDataType()));
    }

    /** Copies the rows at positions {@code [from, to)} of {@code order} into {@code slot}. */
    void copy(Slot slot, int[] order, int from, int to) {
      ByteBuffer memory = slot.memory;
      for (int i = from; i < to; i++) {
        memory.put((i - from) * rowBytes, source, order[i] * rowBytes, rowBytes);
      }
    }

    /**
     * Once per batch tensor, that the engine sees the bytes written through the view: a view of a
     * copy would silently train on zeros.
     */
    void check(Slot slot, int firstRow) {
      if (slot.checked) {
        return;
      }
      ByteBuffer seen = ByteBuffer.wrap(slot.tensor.toByteArray(), 0, rowBytes);
      if (!seen.equals(source.slice(firstRow * rowBytes, rowBytes))) {
        throw new IllegalStateException(
            "rows written to the batch did not reach the tensor of shape "
                + slot.tensor.getShape());
      }
      slot.checked = true;
    }
  }
}
