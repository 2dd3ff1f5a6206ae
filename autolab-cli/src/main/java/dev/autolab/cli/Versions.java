package dev.autolab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.IVersionProvider;

/** Versions of Autolab and of the libraries that shape its results, fixed at build time. */
public final class Versions implements IVersionProvider {
  private static final Properties VERSIONS = load();

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  public static String autolab() {
    return VERSIONS.getProperty("autolab", "unknown");
  }

  /** Library name to version, without Autolab itself. */
  public static Map<String, String> libraries() {
    Map<String, String> libraries = new TreeMap<>();
    VERSIONS.stringPropertyNames().stream()
        .filter(name -> !name.equals("autolab"))
        .forEach(name -> libraries.put(name, VERSIONS.getProperty(name)));
    return libraries;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "autolab " + autolab(),
      "JDK " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version")
    };
  }
}
