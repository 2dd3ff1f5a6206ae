package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.data.images.ImageFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the data paths of a request: a folder stands for the data files directly in it, unless it
 * is a folder of class subfolders of images, which is read as one input.
 */
final class DataFiles {
  private static final List<String> EXTENSIONS =
      List.of(".csv", ".tsv", ".tab", ".txt", ".jsonl", ".ndjson", ".json");

  private DataFiles() {}

  /** The files to read, folders expanded in name order. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (ImageFolders.isFolder(path)) {
        files.add(path); // a folder of class subfolders of images is one input
      } else if (Files.isDirectory(path)) {
        files.addAll(folder(path));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> folder(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> files =
          entries.filter(Files::isRegularFile).filter(DataFiles::isData).sorted().toList();
      if (files.isEmpty()) {
        throw new BadInputException(
            "the folder "
                + dir
                + " holds no data files ("
                + String.join(", ", EXTENSIONS)
                + ", optionally .gz or .zst): point at a file or a folder of them");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean isData(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    String base = name.replaceFirst("\\.(gz|zst)$", "");
    return EXTENSIONS.stream().anyMatch(base::endsWith);
  }
}
