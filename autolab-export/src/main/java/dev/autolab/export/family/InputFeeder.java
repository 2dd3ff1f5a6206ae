package dev.autolab.export.family;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.autolab.core.Row;
import java.util.List;
import java.util.Map;

/** Turns rows into the named input tensors of an exported graph; the caller closes them. */
@FunctionalInterface
public interface InputFeeder {
  Map<String, OnnxTensor> inputs(OrtEnvironment env, List<Row> rows) throws OrtException;
}
