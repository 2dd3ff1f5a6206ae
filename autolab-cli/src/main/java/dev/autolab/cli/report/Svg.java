package dev.autolab.cli.report;

import java.util.List;

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
