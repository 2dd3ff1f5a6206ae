package dev.autolab.data.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.autolab.data.read.Encoding;
import dev.autolab.data.read.TableFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What became of one input file's records.
 *
 * @param path the file as given
 * @param role data, valid or test
 * @param rowsRead data records read
 * @param rowsUsed records that became rows of a split
 * @param rowsQuarantined records set aside, each with a line in {@code quarantine.jsonl}
 * @param rowsDuplicates rows removed as duplicates, each with a line in {@code duplicates.jsonl}
 * @param encoding the encoding the file was read in, with the sniff's confidence
 * @param format the layout it was read as
 * @param repairs kinds of repair made to rows that were kept, with how many rows each
 */
public record InputProfile(
    String path,
    String role,
    @JsonProperty("rows_read") long rowsRead,
    @JsonProperty("rows_used") long rowsUsed,
    @JsonProperty("rows_quarantined") long rowsQuarantined,
    @JsonProperty("rows_duplicates") long rowsDuplicates,
    Encoding encoding,
    TableFormat format,
    Map<String, Long> repairs) {
  public InputProfile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
    repairs = new TreeMap<>(repairs);
  }
}
