package dev.autolab.registry.remote;

import dev.autolab.core.BadInputException;
import dev.autolab.registry.store.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Git LFS for model remotes: which files of a package go through LFS, their pointer files, and the
 * remote's object store. Written here rather than taken from JGit's LFS module because that module
 * hooks into a checkout's clean/smudge filters and a pre-push hook, while a push from Autolab
 * writes pointer files into a temporary tree directly; the pointer format and the store's layout
 * are small and specified (git-lfs's spec.md).
 *
 * <p>What goes through LFS: files over {@link #PLAIN_FILE_LIMIT} (the Hugging Face Hub refuses
 * larger plain blobs) and model weights by extension, as the Hub's default {@code .gitattributes}
 * tracks them ({@link #PATTERNS}).
 *
 * <p>Where objects go: for a local remote ({@code file://} or a path), the layout that git-lfs's
 * standalone file transfer reads from such a remote, {@code
 * lfs/objects/<oid[0:2]>/<oid[2:4]>/<oid>} inside its git directory, so that {@code git clone} with
 * git-lfs installed gets the real files. A remote reached over http(s) or ssh needs the LFS batch
 * API, which is not written yet: a package with LFS files is refused for those before anything is
 * sent.
 */
final class Lfs {
  /** Larger plain blobs are refused by the Hugging Face Hub. */
  static final long PLAIN_FILE_LIMIT = 10L << 20;

  /** Weight files tracked whatever their size, as in the Hub's default attributes. */
  static final List<String> PATTERNS =
      List.of("*.onnx", "*.bin", "*.safetensors", "*.gguf", "*.pt", "*.pth", "*.params");

  static final String ATTRIBUTES = ".gitattributes";
  private static final String TRACK = " filter=lfs diff=lfs merge=lfs -text";
  private static final String SPEC = "version https://git-lfs.github.com/spec/v1";

  private Lfs() {}

  /** A stored object: its SHA-256 (the oid) and size. */
  record Pointer(String oid, long size) {
    String text() {
      return SPEC + "\noid sha256:" + oid + "\nsize " + size + "\n";
    }

    /** The pointer a small file holds, if it is one. */
    static Optional<Pointer> read(Path file) {
      try {
        if (Files.size(file) > 1024) {
          return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith(SPEC + "\n")) {
          return Optional.empty();
        }
        String oid = null;
        long size = -1;
        for (String line : text.split("\n")) {
          if (line.startsWith("oid sha256:")) {
            oid = line.substring("oid sha256:".length()).trim();
          } else if (line.startsWith("size ")) {
            size = Long.parseLong(line.substring("size ".length()).trim());
          }
        }
        return oid == null || size < 0 ? Optional.empty() : Optional.of(new Pointer(oid, size));
      } catch (IOException | NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** Whether a package file goes through LFS. */
  static boolean tracked(Path relative, long bytes) {
    return bytes > PLAIN_FILE_LIMIT || byPattern(relative);
  }

  private static boolean byPattern(Path relative) {
    Path name = relative.getFileName();
    return PATTERNS.stream()
        .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p))
        .anyMatch((PathMatcher m) -> m.matches(name));
  }

  /** The files of a work tree that go through LFS ({@code .git} left out). */
  static List<Path> trackedFiles(Path tree) {
    try (Stream<Path> walk = Files.walk(tree)) {
      List<Path> tracked = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = tree.relativize(file);
        if (!relative.getName(0).toString().equals(".git") && tracked(relative, Files.size(file))) {
          tracked.add(file);
        }
      }
      return tracked;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + tree, e);
    }
  }

  /**
   * Replaces each tracked file of {@code tree} (a work tree, {@code .git} left alone) by its
   * pointer after copying its content into {@code store}, and writes the {@code .gitattributes}
   * that marks them; returns the pointers.
   */
  static List<Pointer> convert(Path tree, LocalStore store) {
    List<Pointer> pointers = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    PATTERNS.forEach(p -> attributes.add(p + TRACK));
    try {
      for (Path file : trackedFiles(tree)) {
        Path relative = tree.relativize(file);
        Pointer pointer = new Pointer(Manifest.sha256(file), Files.size(file));
        store.put(pointer, file);
        Files.writeString(file, pointer.text(), StandardCharsets.UTF_8);
        pointers.add(pointer);
        if (!byPattern(relative)) {
          // A large file of another kind is tracked by its path; git's attribute files read a
          // space in a path as the end of the pattern.
          attributes.add(
              relative.toString().replace('\\', '/').replace(" ", "[[:space:]]") + TRACK);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the LFS files of " + tree, e);
    }
    if (!pointers.isEmpty()) {
      try {
        Files.writeString(
            tree.resolve(ATTRIBUTES), String.join("\n", attributes) + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pointers;
  }

  /** Puts the real content back in place of each pointer file of {@code tree}. */
  static void resolve(Path tree, LocalStore store) {
    try (Stream<Path> walk = Files.walk(tree)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Optional<Pointer> pointer = Pointer.read(file);
        if (pointer.isPresent()) {
          store.get(pointer.get(), file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve the LFS files of " + tree, e);
    }
  }

  /** The object store of a local remote, or an error naming what is not supported. */
  static LocalStore storeOf(String url) {
    Path repository = localPath(url);
    if (repository == null) {
      throw new BadInputException(
          url + ": its files are in Git LFS, which Autolab reaches only in a file:// remote yet");
    }
    Path gitDir =
        Files.isDirectory(repository.resolve(".git")) ? repository.resolve(".git") : repository;
    return new LocalStore(gitDir.resolve("lfs").resolve("objects"));
  }

  /**
   * Over http(s) and ssh, files go as plain blobs (the LFS batch API is not written yet); the
   * Hugging Face Hub refuses those over 10 MiB, so such a package is refused before anything is
   * sent, naming the files.
   */
  static void checkPlainBlobs(String url, Path packageDir) {
    if (!url.contains("huggingface.co")) {
      return;
    }
    List<String> large = new ArrayList<>();
    for (Path file : trackedFiles(packageDir)) {
      try {
        if (Files.size(file) > PLAIN_FILE_LIMIT) {
          large.add(packageDir.relativize(file) + " (" + Files.size(file) + " bytes)");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!large.isEmpty()) {
      throw new BadInputException(
          url
              + " takes files over 10 MiB only through Git LFS, which Autolab pushes only to"
              + " file:// remotes yet: "
              + large
              + "; push to a file:// git remote or to s3://");
    }
  }

  /** The folder of a {@code file://} URL or a plain path, else null. */
  static Path localPath(String url) {
    if (url.startsWith("file:")) {
      return Path.of(URI.create(url));
    }
    if (url.contains("://") || url.matches("^[^/]+@[^:]+:.*")) {
      return null;
    }
    return Path.of(url);
  }

  /** git-lfs's object layout in a folder: {@code <oid[0:2]>/<oid[2:4]>/<oid>}. */
  record LocalStore(Path objects) {
    Path path(Pointer pointer) {
      String oid = pointer.oid();
      return objects.resolve(oid.substring(0, 2)).resolve(oid.substring(2, 4)).resolve(oid);
    }

    void put(Pointer pointer, Path content) throws IOException {
      Path target = path(pointer);
      if (Files.isRegularFile(target) && Files.size(target) == pointer.size()) {
        return;
      }
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(pointer.oid() + ".part");
      Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies an object to {@code target}, checking its size and SHA-256 on the way. */
    void get(Pointer pointer, Path target) throws IOException {
      Path source = path(pointer);
      if (!Files.isRegularFile(source)) {
        throw new IllegalStateException(
            "the remote's LFS store has no object "
                + pointer.oid()
                + " for "
                + target.getFileName());
      }
      Path partial = target.resolveSibling(target.getFileName() + ".lfs-part");
      Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
      if (Files.size(partial) != pointer.size()
          || !Manifest.sha256(partial).equals(pointer.oid())) {
        Files.delete(partial);
        throw new IllegalStateException(
            "LFS object " + pointer.oid() + " does not match its pointer (size or SHA-256)");
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
