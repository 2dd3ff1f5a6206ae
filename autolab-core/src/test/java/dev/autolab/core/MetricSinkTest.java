package dev.autolab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricSinkTest {
  private final List<String> keys = new ArrayList<>();
  private final MetricSink sink = (key, step, value) -> keys.add(key + "@" + step);

  @Test
  void renamedReplacesOnlyAWholeFirstPart() {
    MetricSink twin = sink.renamed("mlp", "mlp-fast");
    twin.log("mlp.train.loss", 10, 0.5);
    twin.log("mlpx.train.loss", 10, 0.5);
    twin.log("valid.macro_f1", 0, 0.9);
    assertThat(keys)
        .containsExactly("mlp-fast.train.loss@10", "mlpx.train.loss@10", "valid.macro_f1@0");
    assertThat(sink.renamed("mlp", "mlp")).isSameAs(sink);
  }

  @Test
  void prefixedPutsThePrefixBeforeEveryKey() {
    // As a second round's refit composes them: the round's sink, renamed for the trial.
    sink.prefixed("round-2.").renamed("mlp", "mlp.refit").log("mlp.train.loss", 20, 0.1);
    assertThat(keys).containsExactly("round-2.mlp.refit.train.loss@20");
  }
}
