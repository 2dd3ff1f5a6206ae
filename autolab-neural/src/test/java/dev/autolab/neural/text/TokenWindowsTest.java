package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TokenWindowsTest {
  private static final long CLS = 101;
  private static final long SEP = 102;

  /** [CLS] 1000 1001 ... [SEP], with {@code tokens} tokens between the specials. */
  private static long[] sequence(int tokens) {
    return LongStream.concat(
            LongStream.concat(LongStream.of(CLS), LongStream.range(1000, 1000 + tokens)),
            LongStream.of(SEP))
        .toArray();
  }

  @Test
  void aTextThatFitsIsItsOwnHeadAndTail() {
    long[] ids = sequence(TokenWindows.SIZE - 2);
    assertThat(TokenWindows.isLong(ids)).isFalse();
    assertThat(TokenWindows.head(ids)).isSameAs(ids);
    assertThat(TokenWindows.tail(ids)).isSameAs(ids);
  }

  @Test
  void aLongerTextGetsItsFirstAndLastTokensEachClosedBySpecials() {
    long[] ids = sequence(1000);
    long[] head = TokenWindows.head(ids);
    long[] tail = TokenWindows.tail(ids);

    assertThat(head).hasSize(TokenWindows.SIZE).startsWith(CLS, 1000, 1001).endsWith(1253, SEP);
    assertThat(tail).hasSize(TokenWindows.SIZE).startsWith(CLS, 1746).endsWith(1998, 1999, SEP);
  }
}
