package dev.autolab.export.family;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.util.List;

/**
 * A model as one fp32 ONNX graph, how rows become that graph's inputs, and the files a user needs
 * beside the graph to prepare those inputs.
 *
 * @param model the graph; its output {@code probabilities} (classification, rows × classes) or
 *     {@code value} (regression, rows × 1)
 * @param feeder turns rows into the graph's inputs
 * @param preprocessing one sentence on what a caller does before running the graph
 * @param sideFiles files of the model directory that the pre-processing reads (may be empty)
 */
public record Exported(
    ModelProto model, InputFeeder feeder, String preprocessing, List<String> sideFiles) {}
