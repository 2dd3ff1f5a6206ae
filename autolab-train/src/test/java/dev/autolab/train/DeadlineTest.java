package dev.autolab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void parsesSecondsMinutesAndHours() {
    assertThat(Deadline.parseBudget("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Deadline.parseBudget("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Deadline.parseBudget("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(Deadline.parseBudget("2.5")).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void rejectsAnythingElseWithTheOptionNamed() {
    assertThatThrownBy(() -> Deadline.parseBudget("5 minutes"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--time-budget");
    assertThatThrownBy(() -> Deadline.parseBudget("0s"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void aBudgetRunsOutAndNoBudgetNever() throws InterruptedException {
    Deadline deadline = Deadline.startingNow(Duration.ofMillis(30));
    assertThat(deadline.passed()).isFalse();
    assertThat(deadline.allows(10)).isFalse();
    Thread.sleep(60);
    assertThat(deadline.passed()).isTrue();
    assertThat(deadline.remaining()).isZero();
    assertThat(Deadline.NONE.passed()).isFalse();
    assertThat(Deadline.NONE.allows(1e9)).isTrue();
  }

  @Test
  void aResumedBudgetHasOnlyWhatWasNotSpentAndNeverLessThanNothing() {
    Deadline resumed = Deadline.resumed(Duration.ofSeconds(60), Duration.ofSeconds(45));
    assertThat(resumed.budget()).isEqualTo(Duration.ofSeconds(60));
    assertThat(resumed.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
    assertThat(resumed.remaining())
        .isLessThanOrEqualTo(Duration.ofSeconds(15))
        .isGreaterThan(Duration.ofSeconds(10));
    Deadline overspent = Deadline.resumed(Duration.ofSeconds(60), Duration.ofSeconds(90));
    assertThat(overspent.remaining()).isZero();
    assertThat(overspent.passed()).isTrue();
    assertThat(Deadline.resumed(null, Duration.ofSeconds(90))).isEqualTo(Deadline.NONE);
  }
}
