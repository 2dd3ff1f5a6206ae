package dev.autolab.registry.remote;

import dev.autolab.core.BadInputException;
import dev.autolab.registry.ModelVersion;
import dev.autolab.registry.store.Manifest;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Where a team keeps its models besides the local registry: a git repository (a Hugging Face model
 * repo is one) or an S3-compatible bucket. A remote holds each pushed version with its manifest of
 * checksums, and the stage aliases, so that the registry's state can be read back from it.
 */
public interface Remote {
  String url();

  /** Pushes a version's package with its manifest (files, sizes, SHA-256, times). */
  void push(ModelVersion version, Manifest manifest, Path packageDir);

  /** Points {@code alias} (a stage) of {@code name} at {@code version}. */
  void setAlias(String name, String alias, int version);

  /** The version {@code alias} points at on the remote, if it is set. */
  OptionalInt alias(String name, String alias);

  /** Downloads a version's files into {@code out} (the caller verifies them). */
  void pull(String name, int version, Path out);

  /** The remote for a URL: {@code s3://bucket/prefix}, or a git URL (file, https, ssh). */
  static Remote forUrl(String url) {
    if (url.startsWith("s3://")) {
      return S3Remote.of(url);
    }
    if (url.startsWith("file://")
        || url.startsWith("https://")
        || url.startsWith("http://")
        || url.startsWith("ssh://")
        || url.startsWith("git@")) {
      return new GitRemote(url);
    }
    throw new BadInputException(
        "--to "
            + url
            + ": not a remote Autolab knows; use s3://BUCKET/PREFIX or a git URL"
            + " (file://, https://, ssh://)");
  }
}
