package dev.autolab.registry.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a model package with their SHA-256 and size, sorted by path. Its {@link #digest()}
 * (the hash of those lines) identifies the content: two packages with the same files have the same
 * digest, whatever their names, versions or times.
 */
public record Manifest(int schemaVersion, List<Entry> files) {
  public static final String FILE = "autolab-manifest.json";

  /** One file: path relative to the package root (with '/'), hash and size. */
  public record Entry(String path, String sha256, long bytes) {}

  public Manifest {
    files = List.copyOf(files);
  }

  /** Every regular file under {@code dir}, except a manifest file left there by a pull. */
  public static Manifest of(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().equals(FILE))
              .sorted(Comparator.comparing(p -> relative(dir, p)))
              .toList();
      List<Entry> entries = new ArrayList<>();
      for (Path p : paths) {
        entries.add(new Entry(relative(dir, p), sha256(p), Files.size(p)));
      }
      return new Manifest(1, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public static Manifest read(Path file) {
    return Json.read(file, Manifest.class);
  }

  /** The content identity: SHA-256 over "hash path" lines. */
  @JsonIgnore
  public String digest() {
    StringBuilder lines = new StringBuilder();
    for (Entry e : files) {
      lines.append(e.sha256()).append("  ").append(e.path()).append('\n');
    }
    return sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  @JsonIgnore
  public long totalBytes() {
    return files.stream().mapToLong(Entry::bytes).sum();
  }

  /**
   * Differences between this manifest and the files in {@code dir}: missing, extra or changed
   * files, each a sentence; empty when {@code dir} holds exactly these bytes.
   */
  public List<String> verify(Path dir) {
    Manifest actual = of(dir);
    List<String> problems = new ArrayList<>();
    for (Entry expected : files) {
      Entry found =
          actual.files().stream()
              .filter(a -> a.path().equals(expected.path()))
              .findFirst()
              .orElse(null);
      if (found == null) {
        problems.add(expected.path() + ": missing");
      } else if (!found.sha256().equals(expected.sha256()) || found.bytes() != expected.bytes()) {
        problems.add(
            expected.path() + ": sha256 " + found.sha256() + " != expected " + expected.sha256());
      }
    }
    for (Entry a : actual.files()) {
      if (files.stream().noneMatch(e -> e.path().equals(a.path()))) {
        problems.add(a.path() + ": not in the manifest");
      }
    }
    return problems;
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
