package dev.autolab.core;

import java.util.Objects;

/**
 * One input column of a data set as the models see it.
 *
 * @param name the column's name in the source file
 * @param type how its values are read
 */
public record ColumnSchema(String name, ColumnType type) {
  public ColumnSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
