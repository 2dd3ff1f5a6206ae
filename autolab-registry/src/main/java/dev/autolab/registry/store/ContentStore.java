package dev.autolab.registry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Content-addressed artifact storage in a local folder: each file is kept once under its SHA-256
 * ({@code objects/ab/cdef...}), so versions that share files share bytes, and a stored object can
 * never change without its address changing.
 */
public final class ContentStore {
  private final Path root;

  public ContentStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Stores every file of a package; returns its manifest. */
  public Manifest putAll(Path dir) {
    Manifest manifest = Manifest.of(dir);
    for (Manifest.Entry e : manifest.files()) {
      put(dir.resolve(e.path()), e.sha256());
    }
    return manifest;
  }

  private void put(Path file, String sha256) {
    Path target = object(sha256);
    if (Files.exists(target)) {
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), sha256, ".part");
      Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      if (!Manifest.sha256(tmp).equals(sha256)) {
        Files.delete(tmp);
        throw new IllegalStateException(file + " changed while it was being stored");
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + file + " in " + root, e);
    }
  }

  /** Writes the files of {@code manifest} into {@code out}, each checked against its hash. */
  public void materialize(Manifest manifest, Path out) {
    try {
      for (Manifest.Entry e : manifest.files()) {
        Path source = object(e.sha256());
        if (!Files.exists(source)) {
          throw new IllegalStateException(
              "object " + e.sha256() + " of " + e.path() + " is missing");
        }
        Path target = out.resolve(e.path());
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        if (!Manifest.sha256(target).equals(e.sha256())) {
          throw new IllegalStateException("object " + e.sha256() + " is corrupt in " + root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the package into " + out, e);
    }
  }

  Path object(String sha256) {
    return root.resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
  }
}
