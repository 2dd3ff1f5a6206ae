package dev.autolab.data.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.autolab.core.ColumnType;
import java.util.Locale;
import java.util.Objects;

/**
 * One column as {@code data/profile.json} reports it.
 *
 * @param name the column's name
 * @param type numeric, categorical or text ({@link ColumnType#id()})
 * @param role feature, target or excluded
 * @param missing the number of used rows where the value is missing
 * @param distinct the number of distinct present values
 * @param reason why the column is excluded, or why its type was chosen when a rule decided it;
 *     {@code null} (and left out of the JSON) when there is nothing to tell
 */
public record ColumnProfile(
    String name,
    String type,
    ColumnRole role,
    long missing,
    long distinct,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
  public ColumnProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    columnType(type); // validates
  }

  ColumnProfile(ColumnStats stats, ColumnType type, ColumnRole role, String reason) {
    this(stats.name(), type.id(), role, stats.missing(), stats.distinct(), reason);
  }

  /** The type as the core enum. */
  @JsonIgnore
  public ColumnType columnType() {
    return columnType(type);
  }

  private static ColumnType columnType(String id) {
    return ColumnType.valueOf(id.toUpperCase(Locale.ROOT));
  }
}
