package dev.autolab.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingSnifferTest {
  private static final String RUSSIAN =
      "text,label\n"
          + "Привет - это обычное письмо о встрече в пятницу вечером,ham\n"
          + "Вы выиграли миллион рублей! Перейдите по ссылке прямо сейчас,spam\n"
          + "Напоминаю про отчёт к понедельнику - пожалуйста не забудьте,ham\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "windows-1251", "KOI8-R"})
  void readsRussianTextInEachEncoding(String name) throws IOException {
    Charset charset = Charset.forName(name);
    Path file = dir.resolve(name + ".csv");
    Files.write(file, RUSSIAN.getBytes(charset));

    Table table = TableReader.read(file);

    assertThat(table.encoding().charset()).isEqualTo(charset);
    assertThat(table.rows().get(0).get("text")).startsWith("Привет - это");
    assertThat(table.quarantined()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32BE"})
  void aByteOrderMarkIsCertainAndSkipped(String name) throws IOException {
    Charset charset = Charset.forName(name);
    Path file = dir.resolve("bom.csv");
    Files.write(file, ("\uFEFF" + RUSSIAN).getBytes(charset));

    Table table = TableReader.read(file);

    assertThat(table.encoding().evidence()).isEqualTo("byte order mark");
    assertThat(table.encoding().confidence()).isEqualTo(1.0);
    assertThat(table.columns()).containsExactly("text", "label");
  }

  @Test
  void aWindows1251LineInAUtf8FileIsDecodedAndCounted() throws IOException {
    Path file = dir.resolve("mixed.csv");
    byte[] utf8 = RUSSIAN.getBytes(StandardCharsets.UTF_8);
    byte[] cp1251 =
        "Срочно: ваш аккаунт заблокирован - подтвердите пароль по ссылке,spam\n"
            .getBytes(Charset.forName("windows-1251"));
    Files.write(file, concat(utf8, cp1251));

    Table table = TableReader.read(file);

    assertThat(table.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(table.rows()).hasSize(4);
    assertThat(table.rows().get(3).get("text")).startsWith("Срочно: ваш аккаунт");
    assertThat(table.repairs()).containsEntry("decoded as windows-1251", 1L);
  }

  @Test
  void bytesThatAreNoTextAreQuarantinedAsUndecodable() throws IOException {
    Path file = dir.resolve("noise.csv");
    byte[] noise = {'1', ',', (byte) 0xC3, (byte) 0x28, (byte) 0x81, (byte) 0x90, '\n'};
    Files.write(file, concat("a,b\n0,caf\u00e9\n".getBytes(StandardCharsets.UTF_8), noise));

    Table table = TableReader.read(file);

    assertThat(table.rows()).hasSize(1);
    assertThat(table.quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reason()).startsWith("undecodable bytes");
              assertThat(q.offset()).isEqualTo(12L);
            });
  }

  @Test
  void nulBytesAreRemovedAndCounted() throws IOException {
    Path file = dir.resolve("nul.csv");
    Files.write(file, "a,b\nx\0y,1\n".getBytes(StandardCharsets.UTF_8));

    Table table = TableReader.read(file);

    assertThat(table.rows().get(0).get("a")).isEqualTo("xy");
    assertThat(table.repairs()).containsEntry("NUL bytes removed", 1L);
  }

  @Test
  void anEncodingGivenByTheUserWins() throws IOException {
    Path file = dir.resolve("koi.csv");
    Files.write(file, RUSSIAN.getBytes(Charset.forName("KOI8-R")));

    Table table =
        TableReader.read(
            file,
            new ReadOptions(Charset.forName("KOI8-R"), null, ReadOptions.DEFAULT_MAX_FIELD_CHARS),
            dev.autolab.core.ProgressListener.NONE);

    assertThat(table.encoding().evidence()).isEqualTo("set by --encoding");
    assertThat(table.rows().get(1).get("label")).isEqualTo("spam");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
