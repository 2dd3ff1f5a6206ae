package dev.autolab.export.quant;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;

/**
 * ONNX Runtime's offline graph optimization at the extended level (constant folding, dead nodes
 * removed, operator fusions such as Conv + BatchNorm, Gemm + activation, attention and layer-norm
 * fusions), saved as its own file: a session created with an output path writes the graph it ends
 * up running. Extended fusions may use ONNX Runtime's {@code com.microsoft} operators.
 */
public final class GraphOptimizer {
  private GraphOptimizer() {}

  public static void optimize(Path source, Path target) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
      options.setOptimizedModelFilePath(target.toString());
      env.createSession(source.toString(), options).close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not optimize " + source, e);
    }
  }
}
