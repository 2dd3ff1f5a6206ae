package dev.autolab.neural.text;

import dev.autolab.core.ProgressListener;
import dev.autolab.train.BudgetSpentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Vectors of texts kept on disk, one per distinct text, so that any later list holding a text
 * already seen skips the encoder for it: the refit on train+valid after the race, a second run on
 * the same data, another split of the same corpus. Each encoder has a folder ({@link #folder()})
 * with two append-only files: {@code vectors.f32} (little-endian float32, one vector after another)
 * and {@code keys.bin} (the 32-byte SHA-256 of each vector's text, in the same order).
 *
 * <p>Appends are made under a file lock, vectors before keys, so a process killed mid-write leaves
 * at most a tail without its key, which the next writer cuts off. Encoding runs outside the lock:
 * two processes encoding the same new texts both append them, and the first copy is the one read.
 * Lists shorter than {@code minTexts} (a single prediction) are encoded directly rather than
 * growing the files with one-off texts.
 */
public final class EmbeddingCache implements Encoder {
  public static final String DIR_PROPERTY = "autolab.embeddings.cache";

  /** Below this many texts the encoder runs directly. */
  public static final int MIN_TEXTS = 64;

  /**
   * Texts encoded and appended at a time: large enough that the encoder's length-sorted batches pad
   * little, small enough that a progress report comes every few seconds.
   */
  static final int CHUNK = 256;

  static final String VECTORS = "vectors.f32";
  static final String KEYS = "keys.bin";
  private static final String LOCK = "lock";
  private static final int KEY_BYTES = 32;

  /** One index per folder in this process, shared by every cache instance that writes there. */
  private static final Map<Path, Index> INDEXES = new ConcurrentHashMap<>();

  private final Supplier<? extends Encoder> encoder;
  private final String id;
  private final int dimension;
  private final Path dir;
  private final int minTexts;

  /**
   * @param encoder made only when some text is not cached, since making one loads its model
   * @param id the encoder's id, known without making it
   */
  public EmbeddingCache(
      Supplier<? extends Encoder> encoder, String id, int dimension, Path dir, int minTexts) {
    this.encoder = encoder;
    this.id = id;
    this.dimension = dimension;
    this.dir = dir;
    this.minTexts = minTexts;
  }

  /**
   * The shared MiniLM encoder's head-and-tail vectors ({@link MiniLmEncoder#headTail()}) behind the
   * default folder, for lists of {@code minTexts} or more.
   */
  public static EmbeddingCache miniLm(int minTexts) {
    return new EmbeddingCache(
        MiniLmEncoder::headTail,
        MiniLmEncoder.headTailId(),
        2 * MiniLmEncoder.DIMENSION,
        defaultDir(),
        minTexts);
  }

  /** {@code ~/.cache/autolab/embeddings}, or {@code -Dautolab.embeddings.cache=DIR}. */
  public static Path defaultDir() {
    String set = System.getProperty(DIR_PROPERTY);
    return set != null
        ? Path.of(set)
        : Path.of(System.getProperty("user.home"), ".cache", "autolab", "embeddings");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** This encoder's folder: named by a digest of its id, so other weights never share vectors. */
  public Path folder() {
    return dir.resolve(hexOf(digest(id)).substring(0, 24));
  }

  @Override
  public float[][] encode(List<String> texts) {
    return encode(texts, ProgressListener.NONE);
  }

  /**
   * Encodes the texts the folder lacks in chunks of {@link #CHUNK}, appending each chunk as it is
   * done: a run stopped after twenty minutes of encoding keeps those twenty minutes.
   */
  @Override
  public float[][] encode(List<String> texts, ProgressListener progress) {
    return encode(texts, progress, () -> false);
  }

  /**
   * As {@link #encode(List, ProgressListener)}, stopping after the chunk during which {@code stop}
   * turned true: the chunks done stay in the folder, so the next run starts where this one ended.
   */
  @Override
  public float[][] encode(List<String> texts, ProgressListener progress, BooleanSupplier stop) {
    if (texts.size() < minTexts) {
      return encoder.get().encode(texts);
    }
    Index index = index();
    List<Key> keys = texts.stream().map(Key::of).toList();
    // One filler at a time per folder: a second training asking for the same texts (a race's
    // concurrent trials) waits, then finds them cached instead of encoding them again.
    synchronized (index.filling) {
      Map<Key, String> missing = new LinkedHashMap<>();
      for (int i = 0; i < texts.size(); i++) {
        if (!index.contains(keys.get(i))) {
          missing.putIfAbsent(keys.get(i), texts.get(i));
        }
      }
      if (!missing.isEmpty()) {
        List<Key> freshKeys = new ArrayList<>(missing.keySet());
        List<String> fresh = new ArrayList<>(missing.values());
        progress.start("embed " + fresh.size() + " new texts", fresh.size());
        for (int from = 0; from < fresh.size(); from += CHUNK) {
          int to = Math.min(fresh.size(), from + CHUNK);
          index.append(freshKeys.subList(from, to), encoder.get().encode(fresh.subList(from, to)));
          progress.advance(to);
          if (to < fresh.size() && stop.getAsBoolean()) {
            progress.finish();
            throw new BudgetSpentException(
                String.format(
                    Locale.ROOT,
                    "%,d of %,d new texts embedded and kept in the cache for the next run",
                    to,
                    fresh.size()));
          }
        }
        progress.finish();
      }
    }
    return index.read(keys);
  }

  /** How many distinct texts the folder holds vectors of (for tests and reports). */
  public int size() {
    return index().size();
  }

  private Index index() {
    return INDEXES.computeIfAbsent(
        folder().toAbsolutePath().normalize(), folder -> new Index(folder, dimension));
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hexOf(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** A text's identity in the store: its SHA-256. */
  private record Key(String hex) {
    static Key of(String text) {
      return new Key(hexOf(digest(text)));
    }
  }

  /**
   * The positions of the vectors in one folder, as far as this process has read {@code keys.bin};
   * refreshed from the files whenever a text is missing, since another process may have added it.
   */
  private static final class Index {
    private final Path folder;
    private final long vectorBytes;
    private final Map<Key, Integer> positions = new HashMap<>();

    /** Held while texts missing from the folder are found and encoded. */
    final Object filling = new Object();

    /** How many keys of {@code keys.bin} this process has read. */
    private long keysRead;

    Index(Path folder, int dimension) {
      this.folder = folder;
      this.vectorBytes = (long) dimension * Float.BYTES;
    }

    synchronized boolean contains(Key key) {
      if (positions.containsKey(key)) {
        return true;
      }
      refresh();
      return positions.containsKey(key);
    }

    synchronized int size() {
      refresh();
      return positions.size();
    }

    /** Reads the keys this process has not seen yet; a key without its vector is not read. */
    private void refresh() {
      Path keys = folder.resolve(KEYS);
      Path vectors = folder.resolve(VECTORS);
      if (!Files.isRegularFile(keys) || !Files.isRegularFile(vectors)) {
        return;
      }
      try (FileChannel channel = FileChannel.open(keys, StandardOpenOption.READ)) {
        long complete = Math.min(channel.size() / KEY_BYTES, Files.size(vectors) / vectorBytes);
        if (complete <= keysRead) {
          return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) ((complete - keysRead) * KEY_BYTES));
        while (buffer.hasRemaining()) {
          if (channel.read(buffer, keysRead * KEY_BYTES + buffer.position()) < 0) {
            break;
          }
        }
        buffer.flip();
        byte[] key = new byte[KEY_BYTES];
        while (buffer.remaining() >= KEY_BYTES) {
          buffer.get(key);
          positions.putIfAbsent(new Key(hexOf(key)), (int) keysRead);
          keysRead++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding cache " + keys, e);
      }
    }

    /** Appends under the folder's lock, after cutting off any tail a killed writer left. */
    synchronized void append(List<Key> keys, float[][] vectors) {
      try {
        Files.createDirectories(folder);
        try (FileChannel lockChannel =
                FileChannel.open(
                    folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.lock();
            FileChannel vectorFile =
                FileChannel.open(
                    folder.resolve(VECTORS),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileChannel keyFile =
                FileChannel.open(
                    folder.resolve(KEYS),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
          long complete = Math.min(keyFile.size() / KEY_BYTES, vectorFile.size() / vectorBytes);
          vectorFile.truncate(complete * vectorBytes);
          keyFile.truncate(complete * KEY_BYTES);
          ByteBuffer out =
              ByteBuffer.allocate((int) (vectors.length * vectorBytes))
                  .order(ByteOrder.LITTLE_ENDIAN);
          for (float[] vector : vectors) {
            for (float x : vector) {
              out.putFloat(x);
            }
          }
          out.flip();
          writeFully(vectorFile, out, complete * vectorBytes);
          vectorFile.force(false);
          ByteBuffer keyBytes = ByteBuffer.allocate(keys.size() * KEY_BYTES);
          for (Key key : keys) {
            keyBytes.put(HexFormat.of().parseHex(key.hex()));
          }
          keyBytes.flip();
          writeFully(keyFile, keyBytes, complete * KEY_BYTES);
          keyFile.force(false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the embedding cache in " + folder, e);
      }
      refresh();
    }

    /** The vectors of {@code keys}, in order; every key must be in the index. */
    synchronized float[][] read(List<Key> keys) {
      float[][] out = new float[keys.size()][(int) (vectorBytes / Float.BYTES)];
      ByteBuffer buffer = ByteBuffer.allocate((int) vectorBytes).order(ByteOrder.LITTLE_ENDIAN);
      try (FileChannel channel = FileChannel.open(folder.resolve(VECTORS))) {
        for (int i = 0; i < keys.size(); i++) {
          Integer position = positions.get(keys.get(i));
          if (position == null) {
            throw new IllegalStateException("no cached vector for text " + i);
          }
          buffer.clear();
          long offset = position * vectorBytes;
          while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
              throw new IOException("the embedding cache ends inside vector " + position);
            }
          }
          buffer.flip();
          buffer.asFloatBuffer().get(out[i]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding cache in " + folder, e);
      }
      return out;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes, long at)
        throws IOException {
      long position = at;
      while (bytes.hasRemaining()) {
        position += channel.write(bytes, position);
      }
    }
  }
}
