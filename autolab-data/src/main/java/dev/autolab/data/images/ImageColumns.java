package dev.autolab.data.images;

import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnRole;
import dev.autolab.data.profile.ColumnStats;
import java.util.List;

/** Recognises a column of image paths: every present value names an image file. */
public final class ImageColumns {
  private ImageColumns() {}

  /** Whether every present value of {@code column} ends in an image extension (and one does). */
  public static boolean isImageColumn(String column, List<Row> rows) {
    boolean any = false;
    for (Row row : rows) {
      String value = row.get(column);
      if (value == null) {
        continue;
      }
      if (!ImageFiles.isImageName(value)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The profile of an image column. */
  public static ColumnProfile profile(ColumnStats stats) {
    return new ColumnProfile(
        stats.name(),
        ColumnType.IMAGE.id(),
        ColumnRole.FEATURE,
        stats.missing(),
        stats.distinct(),
        "image paths: decoded into pixels");
  }
}
