package dev.autolab.eval.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePerturbationTest {
  @TempDir Path dir;

  /** A 25×25 grey picture (value 100) with a white 5×5 square in its middle. */
  private static BufferedImage square() {
    BufferedImage image = new BufferedImage(25, 25, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 25; y++) {
      for (int x = 0; x < 25; x++) {
        boolean inside = x >= 10 && x < 15 && y >= 10 && y < 15;
        image.getRaster().setSample(x, y, 0, inside ? 255 : 100);
      }
    }
    return image;
  }

  private static int grey(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0);
  }

  @Test
  void brightnessScalesEveryPixelByOneFactorWithinItsRange() {
    for (int seed = 0; seed < 20; seed++) {
      BufferedImage out =
          ImagePerturbation.BRIGHTNESS.perturb(square(), new SplittableRandom(seed));
      double factor = grey(out, 0, 0) / 100.0;
      assertThat(Math.abs(factor - 1)).isBetween(0.14, 0.31);
      assertThat(grey(out, 24, 24)).isEqualTo(grey(out, 0, 0));
      int expectedCentre = (int) Math.min(255, Math.round(255 * factor));
      assertThat(grey(out, 12, 12))
          .isCloseTo(expectedCentre, org.assertj.core.data.Offset.offset(3));
    }
  }

  @Test
  void noiseChangesPixelsByAFewPercentOnAverageAndKeepsTheSize() {
    BufferedImage out = ImagePerturbation.NOISE.perturb(square(), new SplittableRandom(3));
    assertThat(out.getWidth()).isEqualTo(25);
    assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    double total = 0;
    int changed = 0;
    for (int y = 0; y < 25; y++) {
      for (int x = 0; x < 25; x++) {
        if (x < 10 || x >= 15 || y < 10 || y >= 15) {
          int delta = grey(out, x, y) - 100;
          total += Math.abs(delta);
          changed += delta != 0 ? 1 : 0;
        }
      }
    }
    double meanAbs = total / 600;
    // |N(0, 12.75)| has mean 10.2
    assertThat(meanAbs).isBetween(7.0, 13.5);
    assertThat(changed).isGreaterThan(500);
  }

  @Test
  void shiftMovesTheSquareByTwoPixelsAndRepeatsTheEdge() {
    BufferedImage out = ImagePerturbation.SHIFT.perturb(square(), new SplittableRandom(1));
    int whiteLeft = 25;
    int whiteTop = 25;
    int whiteCount = 0;
    for (int y = 0; y < 25; y++) {
      for (int x = 0; x < 25; x++) {
        if (grey(out, x, y) == 255) {
          whiteLeft = Math.min(whiteLeft, x);
          whiteTop = Math.min(whiteTop, y);
          whiteCount++;
        }
      }
    }
    assertThat(whiteCount).isEqualTo(25);
    int moved = Math.abs(whiteLeft - 10) + Math.abs(whiteTop - 10);
    assertThat(moved).isEqualTo(2);
    assertThat(grey(out, 0, 0)).isEqualTo(100);
  }

  @Test
  void aRowPointsAtAPerturbedCopyAndAnUnreadableFileIsLeftAlone() throws Exception {
    Path original = dir.resolve("in.png");
    ImageIO.write(square(), "png", original.toFile());
    Path work = dir.resolve("work");
    Perturbation noise = ImagePerturbation.NOISE.on(List.of("image"), work);
    assertThat(noise.name()).isEqualTo("image_noise");

    Row row = new Row("t.csv", 2, Map.of("image", original.toString(), "label", "a"));
    Row perturbed = noise.apply(row, new SplittableRandom(7));
    Path copy = Path.of(perturbed.get("image"));
    assertThat(copy).startsWith(work).exists();
    assertThat(perturbed.get("label")).isEqualTo("a");
    assertThat(grey(ImageIO.read(copy.toFile()), 0, 0)).isNotEqualTo(-1);
    assertThat(grey(ImageIO.read(original.toFile()), 0, 0)).isEqualTo(100);

    Path broken = Files.writeString(dir.resolve("broken.png"), "not a picture");
    Row unreadable = new Row("t.csv", 3, Map.of("image", broken.toString()));
    assertThat(noise.apply(unreadable, new SplittableRandom(7)).get("image"))
        .isEqualTo(broken.toString());
  }

  @Test
  void aPaletteImageIsPerturbedByColourNotByPaletteIndex() {
    BufferedImage indexed = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED);
    java.awt.Graphics g = indexed.getGraphics();
    g.setColor(new java.awt.Color(102, 102, 102));
    g.fillRect(0, 0, 8, 8);
    g.dispose();
    int before = indexed.getRGB(3, 3) & 0xff;
    assertThat(before).isBetween(60, 160);
    BufferedImage out = ImagePerturbation.BRIGHTNESS.perturb(indexed, new SplittableRandom(2));
    int after = out.getRGB(3, 3) & 0xff;
    assertThat(Math.abs(after / (double) before - 1)).isBetween(0.14, 0.31);
  }
}
