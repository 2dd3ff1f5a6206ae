package dev.autolab.data.images;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import dev.autolab.data.read.Encoding;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder with one subfolder per class, read as a table of two columns: {@value #IMAGE} (the path
 * of each image, absolute so that it still resolves from a run directory) and {@value #LABEL} (the
 * subfolder's name). Files that are not images are quarantined with the reason; hidden files are
 * skipped. Rows follow the sorted class and file names, so a folder always reads the same way.
 */
public final class ImageFolders {
  public static final String IMAGE = "image";
  public static final String LABEL = "label";

  private ImageFolders() {}

  /**
   * Whether {@code path} is meant as a folder of images: it has a visible subfolder, or images
   * directly in it (refused by {@link #read} with the layout to use). A folder of data files (CSV,
   * JSONL, ...) has neither, and is read as those files.
   */
  public static boolean isFolder(Path path) {
    if (path == null || !Files.isDirectory(path)) {
      return false;
    }
    try (java.util.stream.Stream<Path> entries = Files.list(path)) {
      return entries
          .filter(entry -> !entry.getFileName().toString().startsWith("."))
          .anyMatch(
              entry ->
                  Files.isDirectory(entry)
                      || ImageFiles.isImageName(entry.getFileName().toString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + path, e);
    }
  }

  /** The folder's images as rows of (image, label). */
  public static Table read(Path folder) {
    List<Path> classes = subfolders(folder);
    if (classes.isEmpty()) {
      throw new BadInputException(
          folder
              + " has no class subfolders: put each class's images in a subfolder named after the"
              + " class (e.g. "
              + folder.resolve("cat").resolve("1.png")
              + ")");
    }
    List<Row> rows = new ArrayList<>();
    List<QuarantineEntry> quarantined = new ArrayList<>();
    long line = 0;
    for (Path dir : classes) {
      for (Path file : files(dir)) {
        line++;
        Row row = row(folder, line, file, dir.getFileName().toString());
        if (ImageFiles.isImageName(file.getFileName().toString())) {
          rows.add(row);
        } else {
          quarantined.add(
              new QuarantineEntry(
                  folder.toString(),
                  line,
                  "not an image file (png, jpg, bmp, gif)",
                  file.toString()));
        }
      }
    }
    if (rows.isEmpty()) {
      throw new BadInputException(
          "no images in the class subfolders of " + folder + ": add PNG or JPEG files to them");
    }
    return new Table(
        folder,
        List.of(IMAGE, LABEL),
        rows,
        quarantined,
        line,
        new Encoding(StandardCharsets.UTF_8, 1, "image folder: only file names are read", 0),
        new TableFormat("image-folder", null, "one subfolder per class"),
        Map.of());
  }

  private static Row row(Path folder, long line, Path file, String label) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(IMAGE, file.toAbsolutePath().normalize().toString());
    values.put(LABEL, label);
    return new Row(folder.toString(), line, values);
  }

  private static List<Path> subfolders(Path folder) {
    return list(folder).stream().filter(Files::isDirectory).toList();
  }

  private static List<Path> files(Path dir) {
    return list(dir).stream().filter(Files::isRegularFile).toList();
  }

  /** Sorted, without hidden entries (".DS_Store", ".git"). */
  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
