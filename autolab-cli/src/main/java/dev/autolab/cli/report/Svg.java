package dev.autolab.cli.report;

import dev.autolab.eval.quality.CalibrationBin;
import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the self-contained report (no script, no external files). */
final class Svg {
  private Svg() {}

  /** Horizontal bars, one per label, scaled to {@code max}. */
  static String bars(List<String> labels, double[] values, double max, String format) {
    int rowHeight = 22;
    int labelWidth = 190;
    int barWidth = 360;
    StringBuilder svg = open(labelWidth + barWidth + 80, rowHeight * labels.size() + 6);
    for (int i = 0; i < labels.size(); i++) {
      int y = i * rowHeight + 4;
      double fraction = max <= 0 ? 0 : Math.max(0, Math.min(1, values[i] / max));
      svg.append(text(labelWidth - 6, y + 14, "end", labels.get(i)));
      svg.append(
          String.format(
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#4c78a8\"/>",
              labelWidth, y, fraction * barWidth));
      svg.append(
          text(
              labelWidth + (int) (fraction * barWidth) + 6,
              y + 14,
              "start",
              String.format(format, values[i])));
    }
    return svg.append("</svg>").toString();
  }

  /** A confusion matrix as a heat map: rows are actual classes, columns predicted ones. */
  static String heatmap(List<String> labels, int[][] matrix) {
    int cell = Math.max(28, Math.min(60, 480 / Math.max(1, labels.size())));
    int margin = 130;
    int top = 70;
    int size = cell * labels.size();
    StringBuilder svg = open(margin + size + 10, top + size + 10);
    int max = 1;
    for (int[] row : matrix) {
      for (int v : row) {
        max = Math.max(max, v);
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      svg.append(text(margin - 6, top + i * cell + cell / 2 + 4, "end", labels.get(i)));
      svg.append(
          String.format(
              "<text x=\"%d\" y=\"%d\" font-size=\"12\" transform=\"rotate(-45 %d %d)\">%s</text>",
              margin + i * cell + cell / 2,
              top - 6,
              margin + i * cell + cell / 2,
              top - 6,
              Html.escape(labels.get(i))));
      for (int j = 0; j < labels.size(); j++) {
        double shade = (double) matrix[i][j] / max;
        svg.append(
            String.format(
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,%d)\""
                    + " stroke=\"#fff\"/>",
                margin + j * cell,
                top + i * cell,
                cell,
                cell,
                (int) (255 - 179 * shade),
                (int) (255 - 135 * shade),
                (int) (255 - 87 * shade)));
        svg.append(
            String.format(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\">%d</text>",
                margin + j * cell + cell / 2,
                top + i * cell + cell / 2 + 4,
                shade > 0.6 ? "#fff" : "#222",
                matrix[i][j]));
      }
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A reliability diagram: each confidence bin's accuracy as a bar at its mean confidence, against
   * the diagonal a calibrated model would follow.
   */
  static String reliability(List<CalibrationBin> bins) {
    int size = 300;
    int pad = 40;
    StringBuilder svg = open(size + 2 * pad, size + 2 * pad);
    svg.append(
        String.format(
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
            pad, pad, size, size));
    svg.append(
        String.format(
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\""
                + " stroke-dasharray=\"4\"/>",
            pad, pad + size, pad + size, pad));
    double width = (double) size / Math.max(1, bins.size());
    for (int b = 0; b < bins.size(); b++) {
      CalibrationBin bin = bins.get(b);
      if (bin.count() == 0) {
        continue;
      }
      double h = bin.accuracy() * size;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4c78a8\""
                  + " opacity=\"0.8\"><title>%s</title></rect>",
              pad + b * width + 1,
              pad + size - h,
              width - 2,
              h,
              Html.escape(
                  String.format(
                      Locale.ROOT,
                      "%d examples, confidence %.2f, accuracy %.2f",
                      bin.count(),
                      bin.confidence(),
                      bin.accuracy()))));
    }
    svg.append(text(pad + size / 2, pad + size + 28, "middle", "confidence"));
    svg.append(text(pad - 6, pad + 4, "end", "1"));
    svg.append(text(pad - 6, pad + size, "end", "0"));
    svg.append(text(pad + 4, pad - 8, "start", "accuracy"));
    return svg.append("</svg>").toString();
  }

  /** A histogram of values in {@code buckets} equal-width bins, with the range labelled. */
  static String histogram(List<Double> values, int buckets, String unit) {
    int width = 480;
    int height = 160;
    int pad = 30;
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double span = Math.max(1e-9, max - min);
    int[] counts = new int[buckets];
    for (double v : values) {
      counts[Math.min(buckets - 1, (int) ((v - min) / span * buckets))]++;
    }
    int top = 1;
    for (int c : counts) {
      top = Math.max(top, c);
    }
    StringBuilder svg = open(width + 2 * pad, height + 2 * pad);
    double w = (double) width / buckets;
    for (int b = 0; b < buckets; b++) {
      double h = (double) counts[b] / top * height;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4c78a8\"/>",
              pad + b * w,
              pad + height - h,
              Math.max(1, w - 1),
              h));
    }
    svg.append(
        text(pad, pad + height + 18, "start", String.format(Locale.ROOT, "%.3f %s", min, unit)));
    svg.append(
        text(
            pad + width,
            pad + height + 18,
            "end",
            String.format(Locale.ROOT, "%.3f %s", max, unit)));
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height) {
    return new StringBuilder(
        String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\">",
            width, height));
  }

  private static String text(int x, int y, String anchor, String content) {
    return String.format(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\">%s</text>",
        x, y, anchor, Html.escape(content));
  }
}
