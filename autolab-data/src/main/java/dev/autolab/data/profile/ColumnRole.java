package dev.autolab.data.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a column is used for. */
public enum ColumnRole {
  /** An input of the model. */
  @JsonProperty("feature")
  FEATURE,
  /** What the model predicts. */
  @JsonProperty("target")
  TARGET,
  /** Kept in the splits but not given to models; the profile says why. */
  @JsonProperty("excluded")
  EXCLUDED
}
