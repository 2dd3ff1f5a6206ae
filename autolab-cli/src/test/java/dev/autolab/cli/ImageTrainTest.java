package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of class subfolders through the command line: no --target, cnn planned, predicted. */
class ImageTrainTest {
  @TempDir Path home;

  @Test
  void anImageFolderTrainsACnnAndPredicts() throws Exception {
    Path folder = home.resolve("shapes");
    writeShapes(folder, 50);
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("cnn-run");
    CliRunner.Result train = cli.run("train", folder.toString(), "--out", run.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();

    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("model").asText()).isEqualTo("cnn");
    assertThat(evaluation.at("/metrics/accuracy").asDouble()).isGreaterThan(0.7);
    assertThat(run.resolve("model/layout.json")).exists();
    assertThat(Files.readString(run.resolve("journal.jsonl"))).contains("cnn on 16x16 images");
    List<String> perturbations =
        evaluation.at("/robustness/perturbations").findValuesAsText("perturbation");
    assertThat(perturbations).containsExactly("image_brightness", "image_noise", "image_shift");

    Path predictions = home.resolve("predictions.jsonl");
    CliRunner.Result predict =
        cli.run(
            "predict",
            run.resolve("model").toString(),
            folder.toString(),
            "--out",
            predictions.toString());
    assertThat(predict.exitCode()).as(predict.err()).isZero();
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(150);
    assertThat(lines.get(0)).contains("\"bar\"");
  }

  @Test
  void aCsvOfRelativeImagePathsTrainsACnn() throws Exception {
    writeShapes(home.resolve("pics"), 40);
    StringBuilder csv = new StringBuilder("file,kind\n");
    for (String kind : List.of("bar", "column", "square")) {
      for (int i = 0; i < 40; i++) {
        csv.append("pics/").append(kind).append('/').append(i).append(".png,").append(kind);
        csv.append('\n');
      }
    }
    Path table = home.resolve("images.csv");
    Files.writeString(table, csv);
    Path run = home.resolve("csv-run");
    CliRunner.Result train =
        new CliRunner(home)
            .run("train", table.toString(), "--target", "kind", "--out", run.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();
    JsonNode profile = Json.mapper().readTree(run.resolve("data/profile.json").toFile());
    assertThat(profile.toString()).contains("\"type\":\"image\"");
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("model").asText()).isEqualTo("cnn");
  }

  @Test
  void aFolderWithoutClassSubfoldersIsRefused() throws Exception {
    Path folder = Files.createDirectories(home.resolve("flat"));
    ImageIO.write(shape("bar", new Random(1)), "png", folder.resolve("1.png").toFile());
    CliRunner.Result train = new CliRunner(home).run("train", folder.toString());
    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).contains("has no class subfolders").doesNotContain("Exception");
  }

  /** Horizontal bars, vertical bars and squares, 16×16, at random places on a noisy background. */
  static void writeShapes(Path folder, int perClass) throws IOException {
    Random random = new Random(5);
    for (String kind : List.of("bar", "column", "square")) {
      Path dir = Files.createDirectories(folder.resolve(kind));
      for (int i = 0; i < perClass; i++) {
        ImageIO.write(shape(kind, random), "png", dir.resolve(i + ".png").toFile());
      }
    }
  }

  private static BufferedImage shape(String kind, Random random) {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(random.nextInt(50), random.nextInt(50), random.nextInt(50)));
    g.fillRect(0, 0, 16, 16);
    g.setColor(Color.WHITE);
    int x = 2 + random.nextInt(6);
    int y = 2 + random.nextInt(6);
    switch (kind) {
      case "bar" -> g.fillRect(x - 1, y + 3, 10, 2);
      case "column" -> g.fillRect(x + 3, y - 1, 2, 10);
      default -> g.fillRect(x, y, 6, 6);
    }
    g.dispose();
    return image;
  }
}
