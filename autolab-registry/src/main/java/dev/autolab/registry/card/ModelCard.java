package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.autolab.core.BadInputException;
import dev.autolab.registry.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face model card ({@code README.md}) generated from a run's record: YAML metadata with
 * the model-index, then model details, intended use, training data and procedure, evaluation,
 * quantization comparison, limitations, usage and reproducibility. Nothing in it is written by
 * hand.
 */
public final class ModelCard {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

  private ModelCard() {}

  /** The card's Markdown for a run published under {@code name}. */
  public static String generate(RunFolder run, String name, String license) {
    Map<String, Object> meta = FrontMatter.of(run, name, license);
    StringBuilder card = new StringBuilder("---\n").append(yaml(meta)).append("---\n\n");
    card.append("# ").append(name).append("\n\n");
    CardSections sections = new CardSections(run, card);
    sections.details();
    sections.intendedUse();
    sections.trainingData();
    sections.trainingProcedure();
    sections.evaluation();
    sections.quantization();
    card.append("## Limitations\n\n");
    List<String> limits = Limitations.of(run.evaluation());
    if (limits.isEmpty()) {
      card.append(
          "The evaluation recorded no gate, slice or robustness result to draw limits from.\n");
    }
    limits.forEach(line -> card.append("- ").append(line).append('\n'));
    card.append('\n');
    sections.usage();
    sections.reproducibility();
    return card.toString();
  }

  /** The YAML metadata block of a card, parsed; bad input when there is none or it is not YAML. */
  public static JsonNode frontMatter(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    if (!text.startsWith("---\n")) {
      throw new BadInputException("the card does not start with a '---' YAML metadata block");
    }
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) {
      throw new BadInputException("the card's YAML metadata block is not closed by '---'");
    }
    try {
      return YAML.readTree(text.substring(4, end + 1));
    } catch (IOException e) {
      throw new BadInputException("the card's metadata is not valid YAML: " + e.getMessage(), e);
    }
  }

  private static String yaml(Map<String, Object> meta) {
    try {
      return YAML.writeValueAsString(meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
