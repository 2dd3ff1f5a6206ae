package dev.autolab.eval.latency;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Speed and size on this machine.
 *
 * @param coldStartMs from reading the model files to the first answer
 * @param modelBytes the size of the model's files
 * @param peakHeapMb the heap pools' peak use during the measurement (an upper bound: the pools'
 *     peaks need not coincide)
 * @param allThreads the default setting: the machine's processors available
 * @param oneThread one calling thread, a stand-in for a small device
 * @param processors the processors this JVM saw
 */
public record LatencyReport(
    @JsonProperty("cold_start_ms") double coldStartMs,
    @JsonProperty("model_bytes") long modelBytes,
    @JsonProperty("peak_heap_mb") double peakHeapMb,
    @JsonProperty("all_threads") LatencyRun allThreads,
    @JsonProperty("one_thread") LatencyRun oneThread,
    int processors) {}
