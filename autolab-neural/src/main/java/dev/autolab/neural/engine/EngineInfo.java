package dev.autolab.neural.engine;

import java.util.Locale;
import java.util.Map;

/**
 * What a run records about the neural engine.
 *
 * @param name the DJL engine name
 * @param version the native library's version (libtorch)
 * @param threads intra-op threads
 * @param device where networks train, e.g. {@code cpu()} or {@code gpu(0)}
 * @param startSeconds time to load the engine (library extraction on first use included)
 * @param allocatorTuned whether glibc's allocator took the settings of {@code NativeMemory}
 */
public record EngineInfo(
    String name,
    String version,
    int threads,
    String device,
    double startSeconds,
    boolean allocatorTuned) {

  /** The entries provenance lists among the libraries. */
  public Map<String, String> asLibraries() {
    return Map.of(
        "libtorch",
        version,
        "libtorch.device",
        device,
        "libtorch.threads",
        Integer.toString(threads),
        "libtorch.start_s",
        String.format(Locale.ROOT, "%.2f", startSeconds),
        "libtorch.malloc_tuned",
        Boolean.toString(allocatorTuned));
  }
}
