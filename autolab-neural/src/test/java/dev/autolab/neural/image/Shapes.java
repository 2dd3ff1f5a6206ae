package dev.autolab.neural.image;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.train.TrainingData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A folder of 16×16 PNGs, one subfolder per shape: a horizontal bar, a vertical bar or a filled
 * square, each at a random place on a noisy background, so that a network must learn the shape.
 */
public final class Shapes {
  public static final List<String> CLASSES = List.of("bar", "column", "square");
  static final int SIDE = 16;

  private Shapes() {}

  /** Writes {@code perClass} images of each shape under {@code folder}/&lt;shape&gt;/. */
  public static void write(Path folder, int perClass, long seed) {
    Random random = new Random(seed);
    try {
      for (String shape : CLASSES) {
        Path dir = Files.createDirectories(folder.resolve(shape));
        for (int i = 0; i < perClass; i++) {
          ImageIO.write(draw(shape, random), "png", dir.resolve(i + ".png").toFile());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage draw(String shape, Random random) {
    BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        int v = random.nextInt(60);
        image.setRGB(x, y, new Color(v, v, v).getRGB());
      }
    }
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    int x = 2 + random.nextInt(6);
    int y = 2 + random.nextInt(6);
    switch (shape) {
      case "bar" -> g.fillRect(x - 1, y + 3, 10, 2);
      case "column" -> g.fillRect(x + 3, y - 1, 2, 10);
      default -> g.fillRect(x, y, 6, 6);
    }
    g.dispose();
    return image;
  }

  /** Rows of (image path relative to {@code folder}, label), as the image folder reader gives. */
  public static List<Row> rows(Path folder, int from, int to) {
    List<Row> rows = new ArrayList<>();
    for (String shape : CLASSES) {
      for (int i = from; i < to; i++) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("image", shape + "/" + i + ".png");
        values.put("label", shape);
        rows.add(new Row(folder.toString(), rows.size() + 1, values));
      }
    }
    return rows;
  }

  public static DatasetSchema schema() {
    return new DatasetSchema(
        List.of(new ColumnSchema("image", ColumnType.IMAGE)),
        "label",
        Task.CLASSIFICATION,
        CLASSES);
  }

  /** {@code train} images of each shape to train on and {@code valid} more to validate. */
  public static TrainingData data(Path folder, int train, int valid) {
    return new TrainingData(schema(), rows(folder, 0, train), rows(folder, train, train + valid));
  }
}
