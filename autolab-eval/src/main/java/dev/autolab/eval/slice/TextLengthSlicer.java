package dev.autolab.eval.slice;

import dev.autolab.core.Row;
import java.util.List;

/**
 * Text length buckets over the text columns together: short messages often carry too little for a
 * bag-of-n-grams model, very long ones dilute each word. The bucket names sort in length order.
 */
public final class TextLengthSlicer implements Slicer {
  private static final int[] BOUNDS = {50, 200, 1000};
  private final List<String> columns;

  public TextLengthSlicer(List<String> textColumns) {
    this.columns = List.copyOf(textColumns);
  }

  @Override
  public String name() {
    return "text_length";
  }

  @Override
  public String sliceOf(Row row, int actual) {
    int length = 0;
    for (String column : columns) {
      String value = row.get(column);
      length += value == null ? 0 : value.length();
    }
    if (length < BOUNDS[0]) {
      return "1: under 50 chars";
    }
    if (length < BOUNDS[1]) {
      return "2: 50-199 chars";
    }
    return length < BOUNDS[2] ? "3: 200-999 chars" : "4: 1000+ chars";
  }
}
