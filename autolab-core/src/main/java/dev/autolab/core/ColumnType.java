package dev.autolab.core;

import java.util.Locale;

/** How a column's values are read and turned into features. */
public enum ColumnType {
  /** Real numbers; missing values are kept as missing. */
  NUMERIC,
  /** A small set of labels, each its own feature. */
  CATEGORICAL,
  /** Free text, turned into n-gram features. */
  TEXT,
  /** The path of an image file (relative to the file the row came from), decoded into pixels. */
  IMAGE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
