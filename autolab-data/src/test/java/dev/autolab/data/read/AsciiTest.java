package dev.autolab.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AsciiTest {
  @Property(tries = 2000)
  void wordScansAgreeWithBytewiseOnes(@ForAll("lines") byte[] b) {
    boolean printable = true;
    int firstHigh = b.length;
    for (int i = 0; i < b.length; i++) {
      printable &= b[i] >= 0x20 && b[i] != 0x7F;
      if (b[i] < 0 && firstHigh == b.length) {
        firstHigh = i;
      }
    }
    assertThat(Ascii.isPrintable(b, b.length)).isEqualTo(printable);
    assertThat(Ascii.firstNonAscii(b, 0, b.length)).isEqualTo(firstHigh);
  }

  /** Mostly printable bytes, with now and then a control, DEL, or a byte above 0x7F. */
  @Provide
  Arbitrary<byte[]> lines() {
    Arbitrary<Byte> printable = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
    Arbitrary<Byte> odd =
        Arbitraries.of((byte) 0, (byte) 0x09, (byte) 0x1F, (byte) 0x7F, (byte) 0x80, (byte) 0xFF);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(40, printable), net.jqwik.api.Tuple.of(1, odd))
        .array(byte[].class)
        .ofMaxSize(40);
  }
}
