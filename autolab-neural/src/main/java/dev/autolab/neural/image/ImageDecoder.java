package dev.autolab.neural.image;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads image files with the JDK's ImageIO into channel-first pixels in [0, 1]. */
final class ImageDecoder {
  private ImageDecoder() {}

  /** The image a row names in {@code column}; a missing or undecodable file fails with its row. */
  static BufferedImage read(Row row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new BadInputException(where(row) + ": no image path in column '" + column + "'");
    }
    Path file = resolve(row.source(), value);
    try {
      BufferedImage image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
      if (image == null) {
        throw new BadInputException(
            where(row) + ": " + file + " is missing or not a PNG, JPEG, BMP or GIF image");
      }
      return image;
    } catch (IOException e) {
      throw new BadInputException(where(row) + ": cannot decode " + file + ": " + e.getMessage());
    }
  }

  /**
   * Writes the image, resized to {@code size}×{@code size} (bilinear), into {@code out} at {@code
   * offset} as {@code channels} planes (1: luminance, 3: RGB) scaled to [0, 1].
   */
  static void pixels(BufferedImage image, int channels, int size, float[] out, int offset) {
    BufferedImage scaled =
        new BufferedImage(
            size, size, channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, size, size, null);
    g.dispose();
    int plane = size * size;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int i = y * size + x;
        if (channels == 1) {
          out[offset + i] = scaled.getRaster().getSample(x, y, 0) / 255f;
        } else {
          int rgb = scaled.getRGB(x, y);
          out[offset + i] = ((rgb >> 16) & 0xff) / 255f;
          out[offset + plane + i] = ((rgb >> 8) & 0xff) / 255f;
          out[offset + 2 * plane + i] = (rgb & 0xff) / 255f;
        }
      }
    }
  }

  /** Whether every pixel has equal red, green and blue (or the image has one colour channel). */
  static boolean isGray(BufferedImage image) {
    if (image.getColorModel().getNumColorComponents() == 1) {
      return true;
    }
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        if (r != ((rgb >> 8) & 0xff) || r != (rgb & 0xff)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * An absolute path as given; a relative one from the folder of the file the row came from (a
   * CSV's folder), so a CSV and its images move together.
   */
  static Path resolve(String source, String value) {
    Path path = Path.of(value);
    if (path.isAbsolute()) {
      return path;
    }
    Path from = Path.of(source).toAbsolutePath();
    Path base = Files.isDirectory(from) ? from : from.getParent();
    return base.resolve(path).normalize();
  }

  private static String where(Row row) {
    return row.source() + " row " + row.line();
  }
}
