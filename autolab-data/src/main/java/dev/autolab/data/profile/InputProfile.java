package dev.autolab.data.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What became of one input file's records.
 *
 * @param path the file as given
 * @param role data, valid or test
 * @param rowsRead data records read
 * @param rowsUsed records that became rows of a split
 * @param rowsQuarantined records set aside, each with a line in {@code quarantine.jsonl}
 */
public record InputProfile(
    String path,
    String role,
    @JsonProperty("rows_read") long rowsRead,
    @JsonProperty("rows_used") long rowsUsed,
    @JsonProperty("rows_quarantined") long rowsQuarantined) {
  public InputProfile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
  }
}
