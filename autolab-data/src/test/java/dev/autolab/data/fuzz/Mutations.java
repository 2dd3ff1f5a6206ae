package dev.autolab.data.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Builds sample data files and damages them the ways real files are damaged. */
final class Mutations {
  private Mutations() {}

  /** A small CSV with text, a number, a category and a two-class label. */
  static String sample(Random random) {
    StringBuilder csv = new StringBuilder("text,n,kind,label\n");
    List<String> words = PrepareFuzzTest.words();
    int rows = 10 + random.nextInt(40);
    for (int i = 0; i < rows; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 3 + random.nextInt(8); w++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      String quoted = random.nextInt(5) == 0 ? "\"" + text + ",\nmore\"" : text.toString().trim();
      csv.append(quoted)
          .append(',')
          .append(random.nextInt(100))
          .append(',')
          .append(random.nextBoolean() ? "a" : "b")
          .append(',')
          .append(i % 3 == 0 ? "spam" : "ham")
          .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
    }
    return csv.toString();
  }

  /** Flips a few random bytes to random values. */
  static byte[] flip(byte[] bytes, Random random) {
    byte[] out = bytes.clone();
    int flips = random.nextInt(1 + out.length / 50 + 1);
    for (int k = 0; k < flips && out.length > 0; k++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** Cuts the file at a random point. */
  static byte[] truncate(byte[] bytes, Random random) {
    return java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
  }

  /** Inserts {@code c} after characters chosen with probability {@code p}. */
  static String insertEverywhere(String text, char c, Random random, double p) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      if (random.nextDouble() < p) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lines of a sample in different encodings, with NUL bytes and a huge field here and there. */
  static byte[] mixed(Random random) {
    String[] lines = sample(random).split("\n", -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Charset> charsets =
        List.of(
            StandardCharsets.UTF_8,
            Charset.forName("windows-1251"),
            Charset.forName("KOI8-R"),
            StandardCharsets.ISO_8859_1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0 && random.nextInt(15) == 0) {
        line = "\"" + "z".repeat(150_000 + random.nextInt(100_000)) + "\",1,a,ham";
      }
      if (random.nextInt(10) == 0) {
        line = line.replace(" ", "\0 ");
      }
      Charset charset =
          i == 0 ? StandardCharsets.UTF_8 : charsets.get(random.nextInt(charsets.size()));
      out.writeBytes(line.getBytes(charset));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** JSON lines or a JSON array of objects, some nested or malformed. */
  static String json(Random random) {
    boolean array = random.nextBoolean();
    StringBuilder out = new StringBuilder(array ? "[\n" : "");
    int rows = 5 + random.nextInt(30);
    for (int i = 0; i < rows; i++) {
      String value =
          switch (random.nextInt(6)) {
            case 0 -> "{\"x\": 1}";
            case 1 -> "null";
            default -> "\"" + PrepareFuzzTest.words().get(random.nextInt(9)) + " " + i + "\"";
          };
      out.append("{\"text\": ")
          .append(value)
          .append(", \"label\": \"")
          .append(i % 2 == 0 ? "spam" : "ham")
          .append("\"}")
          .append(array && i < rows - 1 ? "," : "")
          .append('\n');
    }
    return out.append(array ? "]\n" : "").toString();
  }
}
