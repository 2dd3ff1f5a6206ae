package dev.autolab.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What is needed to tell where a result came from and to reproduce it: the code (Autolab version
 * and the git commit of the working directory), the machine, and the libraries.
 *
 * @param schemaVersion format version
 * @param autolabVersion the Autolab release or snapshot
 * @param gitCommit the commit of the working directory's git repository, if any
 * @param gitDirty whether that working directory had uncommitted changes
 * @param jdk JDK vendor and version
 * @param os operating system name, version and architecture
 * @param cpu CPU model and the number of cores the JVM sees
 * @param gpu the GPUs found, or "none"
 * @param libraries versions of the libraries that shape results (XGBoost, liblinear, ...)
 */
public record Provenance(
    int schemaVersion,
    @JsonProperty("autolab_version") String autolabVersion,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("git_dirty") Boolean gitDirty,
    String jdk,
    String os,
    String cpu,
    String gpu,
    Map<String, String> libraries) {
  public static final int SCHEMA_VERSION = 1;

  public Provenance {
    libraries = Map.copyOf(libraries);
  }
}
