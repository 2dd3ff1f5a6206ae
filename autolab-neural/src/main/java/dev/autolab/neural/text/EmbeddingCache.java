package dev.autolab.neural.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Vectors of a list of texts kept on disk, so that a second run on the same data skips the encoder:
 * one file {@code <sha256>.f32} per list (little-endian float32, row after row), named by the
 * digest of the encoder's id and every text in order. Lists shorter than {@code minTexts} (a single
 * prediction) are encoded directly rather than leaving one small file per call.
 */
public final class EmbeddingCache implements Encoder {
  public static final String DIR_PROPERTY = "autolab.embeddings.cache";

  /** Below this many texts the encoder runs directly. */
  public static final int MIN_TEXTS = 64;

  private final Supplier<? extends Encoder> encoder;
  private final String id;
  private final int dimension;
  private final Path dir;
  private final int minTexts;

  /**
   * @param encoder made only when a list is not cached, since making one loads its model
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

  /** The shared MiniLM encoder behind the default folder, for lists of {@code minTexts} or more. */
  public static EmbeddingCache miniLm(int minTexts) {
    return new EmbeddingCache(
        MiniLmEncoder::shared,
        ModelResources.id(),
        MiniLmEncoder.DIMENSION,
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

  @Override
  public float[][] encode(List<String> texts) {
    if (texts.size() < minTexts) {
      return encoder.get().encode(texts);
    }
    Path file = file(texts);
    if (Files.isRegularFile(file)) {
      float[][] cached = read(file, texts.size());
      if (cached != null) {
        return cached;
      }
    }
    float[][] vectors = encoder.get().encode(texts);
    write(file, vectors);
    return vectors;
  }

  /** The file for these texts under this encoder. */
  public Path file(List<String> texts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(id.getBytes(StandardCharsets.UTF_8));
      for (String text : texts) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The length before each text keeps ["ab", "c"] and ["a", "bc"] apart.
        digest.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
        digest.update(bytes);
      }
      return dir.resolve(HexFormat.of().formatHex(digest.digest()) + ".f32");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The vectors in {@code file}, or null when its size is not that of {@code rows} vectors. */
  private float[][] read(Path file, int rows) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != (long) rows * dimension * Float.BYTES) {
        return null;
      }
      FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
      float[][] vectors = new float[rows][dimension];
      for (float[] vector : vectors) {
        floats.get(vector);
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes to a temporary file first, so that a run killed mid-write leaves no partial file. */
  private void write(Path file, float[][] vectors) {
    ByteBuffer bytes =
        ByteBuffer.allocate(vectors.length * dimension * Float.BYTES)
            .order(ByteOrder.LITTLE_ENDIAN);
    for (float[] vector : vectors) {
      bytes.asFloatBuffer().put(vector);
      bytes.position(bytes.position() + dimension * Float.BYTES);
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "embeddings", ".tmp");
      Files.write(tmp, bytes.array());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
