package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * The image perturbations: what a different camera, light or framing does to a picture. Image
 * columns hold file paths, so a perturbed row points at a perturbed copy written as PNG into a
 * working folder the caller owns (and deletes). An image that cannot be read is left as it is: the
 * model meets the same unreadable file it met unperturbed.
 */
public enum ImagePerturbation {
  /** Every channel scaled by one factor between 0.7 and 0.85 or between 1.15 and 1.3. */
  BRIGHTNESS,
  /** Gaussian noise of {@link #NOISE_SIGMA} of the full range, drawn per pixel and channel. */
  NOISE,
  /**
   * The picture moved by {@link #SHIFT_FRACTION} of its size (at least one pixel) in a random
   * direction; the uncovered border repeats the edge pixels.
   */
  SHIFT;

  static final double BRIGHTNESS_MIN_CHANGE = 0.15;
  static final double BRIGHTNESS_MAX_CHANGE = 0.3;
  static final double NOISE_SIGMA = 0.05;
  static final double SHIFT_FRACTION = 0.08;

  public String id() {
    return "image_" + name().toLowerCase(Locale.ROOT);
  }

  /** This perturbation on the given image columns, its copies written under {@code workDir}. */
  public Perturbation on(List<String> imageColumns, Path workDir) {
    ImagePerturbation kind = this;
    AtomicLong counter = new AtomicLong();
    return new Perturbation() {
      @Override
      public String name() {
        return kind.id();
      }

      @Override
      public Row apply(Row row, SplittableRandom random) {
        return Rows.map(
            row,
            imageColumns,
            path -> kind.perturbFile(path, random, workDir, counter.incrementAndGet()));
      }
    };
  }

  private String perturbFile(String path, SplittableRandom random, Path workDir, long index) {
    BufferedImage image;
    try {
      image = ImageIO.read(Path.of(path).toFile());
    } catch (IOException | RuntimeException e) {
      return path;
    }
    if (image == null) {
      return path;
    }
    Path out = workDir.resolve(id() + "-" + index + ".png");
    try {
      Files.createDirectories(workDir);
      ImageIO.write(perturb(image, random), "png", out.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the perturbed image " + out, e);
    }
    return out.toString();
  }

  /** A perturbed copy of {@code image}; the original is not changed. */
  public BufferedImage perturb(BufferedImage image, SplittableRandom random) {
    BufferedImage source = withDirectSamples(image);
    ColorModel model = source.getColorModel();
    Raster in = source.getRaster();
    WritableRaster out = in.createCompatibleWritableRaster();
    int colourBands = model.getNumColorComponents();
    switch (this) {
      case BRIGHTNESS -> {
        double change =
            BRIGHTNESS_MIN_CHANGE
                + random.nextDouble() * (BRIGHTNESS_MAX_CHANGE - BRIGHTNESS_MIN_CHANGE);
        double factor = random.nextBoolean() ? 1 + change : 1 - change;
        mapSamples(in, out, colourBands, (value, max) -> value * factor);
      }
      case NOISE ->
          mapSamples(
              in,
              out,
              colourBands,
              (value, max) -> value + NOISE_SIGMA * max * TabularPerturbation.gaussian(random));
      case SHIFT -> shift(in, out, random);
    }
    return new BufferedImage(model, out, model.isAlphaPremultiplied(), null);
  }

  private interface SampleChange {
    double apply(double value, int max);
  }

  /** Applies {@code change} to the colour bands; an alpha band is copied unchanged. */
  private static void mapSamples(
      Raster in, WritableRaster out, int colourBands, SampleChange change) {
    int bands = in.getNumBands();
    for (int band = 0; band < bands; band++) {
      int max = (1 << in.getSampleModel().getSampleSize(band)) - 1;
      for (int y = 0; y < in.getHeight(); y++) {
        for (int x = 0; x < in.getWidth(); x++) {
          int value = in.getSample(x, y, band);
          if (band < colourBands) {
            long changed = Math.round(change.apply(value, max));
            value = (int) Math.max(0, Math.min(max, changed));
          }
          out.setSample(x, y, band, value);
        }
      }
    }
  }

  private static void shift(Raster in, WritableRaster out, SplittableRandom random) {
    int width = in.getWidth();
    int height = in.getHeight();
    int step = Math.max(1, (int) Math.round(SHIFT_FRACTION * Math.min(width, height)));
    int direction = random.nextInt(4);
    int dx = direction == 0 ? step : direction == 1 ? -step : 0;
    int dy = direction == 2 ? step : direction == 3 ? -step : 0;
    int[] pixel = new int[in.getNumBands()];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int sx = Math.max(0, Math.min(width - 1, x - dx));
        int sy = Math.max(0, Math.min(height - 1, y - dy));
        out.setPixel(x, y, in.getPixel(sx, sy, pixel));
      }
    }
  }

  /**
   * The image with samples that are intensities: a palette image's samples are indices into its
   * palette, so it is redrawn as plain RGB(A) first.
   */
  private static BufferedImage withDirectSamples(BufferedImage image) {
    if (!(image.getColorModel() instanceof IndexColorModel)) {
      return image;
    }
    int type =
        image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage direct = new BufferedImage(image.getWidth(), image.getHeight(), type);
    direct.getGraphics().drawImage(image, 0, 0, null);
    return direct;
  }
}
