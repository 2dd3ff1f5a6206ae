package dev.autolab.neural.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainerContractTest;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CnnTrainerTest extends TrainerContractTest {
  private static final int TRAIN = 40;
  private static final int VALID = 15;

  @TempDir static Path images;

  @BeforeAll
  static void writeImages() {
    Shapes.write(images, TRAIN + VALID, 7);
  }

  @Override
  protected Trainer trainer() {
    return new CnnTrainer(Map.of());
  }

  @Override
  protected TrainingData data() {
    return Shapes.data(images, TRAIN, VALID);
  }

  /** Chance is 1/3; the shapes differ plainly, so a working network is far above it. */
  @Override
  protected double sensibleScore() {
    return 0.8;
  }

  @Test
  void offeredOnlyForImageClassification() {
    assertThat(trainer().supports(Shapes.schema())).isTrue();
    DatasetSchema numbers =
        new DatasetSchema(
            List.of(new ColumnSchema("x", ColumnType.NUMERIC)),
            "label",
            Task.CLASSIFICATION,
            Shapes.CLASSES);
    assertThat(trainer().supports(numbers)).isFalse();
    assertThat(Shapes.schema().hasTabularFeatures()).isFalse();
    assertThat(new Planner().plan(Shapes.schema(), 120, Map.of()).candidates())
        .extracting(Candidate::family)
        .containsExactly(CnnTrainer.FAMILY, CnnTrainer.FAMILY);
  }

  @Test
  void anUnreadableImageNamesItsFile() throws IOException {
    Files.writeString(images.resolve("square").resolve("3.png"), "not a png");
    try {
      assertThatThrownBy(
              () ->
                  trainer()
                      .fit(
                          data(),
                          TrainingContext.quiet(42, Metric.defaultFor(Task.CLASSIFICATION))))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("square/3.png")
          .hasMessageContaining("not a PNG, JPEG");
    } finally {
      javax.imageio.ImageIO.write(
          Shapes.draw("square", new java.util.Random(3)),
          "png",
          images.resolve("square").resolve("3.png").toFile());
    }
  }

  @Test
  void grayImagesUseOneChannelAndTheirMedianSide() {
    ImageLayout layout = ImageLayout.choose("image", data().train());
    assertThat(layout.channels()).isEqualTo(1);
    assertThat(layout.size()).isEqualTo(16);
    assertThat(ImageLayout.side(28)).isEqualTo(28);
    assertThat(ImageLayout.side(30)).isEqualTo(32);
    assertThat(ImageLayout.side(500)).isEqualTo(ImageLayout.MAX_SIZE);
  }
}
