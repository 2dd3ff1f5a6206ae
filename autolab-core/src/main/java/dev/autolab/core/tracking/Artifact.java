package dev.autolab.core.tracking;

/** A file a run produced, by its path relative to the run directory, with its size and SHA-256. */
public record Artifact(String path, long bytes, String sha256) {}
