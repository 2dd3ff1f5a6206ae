package dev.autolab.export;

import dev.autolab.core.BadInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The variants {@code --formats} can ask for, by their names in {@code exports.json}. */
public enum Format {
  FP32("fp32", "fp32", "model.onnx"),
  OPTIMIZED("fp32-optimized", "fp32", "model-optimized.onnx"),
  INT8("int8", "int8", "model-int8.onnx"),
  INT8_STATIC("int8-static", "int8", "model-int8-static.onnx"),
  INT4("int4", "int4", "model-int4.onnx");

  /** What {@code autolab train} exports: cheap to build and to time. */
  public static final Set<Format> DEFAULT = EnumSet.of(FP32, INT8);

  private final String id;
  private final String precision;
  private final String file;

  Format(String id, String precision, String file) {
    this.id = id;
    this.precision = precision;
    this.file = file;
  }

  public String id() {
    return id;
  }

  public String precision() {
    return precision;
  }

  public String file() {
    return file;
  }

  /** A comma-separated list, {@code all}, {@code default} or {@code none}; fp32 is always in. */
  public static Set<Format> parse(String list) {
    String value = list.trim().toLowerCase(Locale.ROOT);
    if (value.equals("all")) {
      return EnumSet.allOf(Format.class);
    }
    if (value.equals("default")) {
      return EnumSet.copyOf(DEFAULT);
    }
    if (value.equals("none")) {
      return EnumSet.noneOf(Format.class);
    }
    Set<Format> formats = EnumSet.of(FP32);
    List<String> unknown = new ArrayList<>();
    for (String part : value.split(",")) {
      Format f = byId(part.trim());
      if (f == null) {
        unknown.add(part.trim());
      } else {
        formats.add(f);
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(
          "unknown export format(s) "
              + unknown
              + ": use a comma-separated list of fp32, fp32-optimized, int8, int8-static, int4,"
              + " or all, default, none");
    }
    return formats;
  }

  /** The format named {@code id}, or null. */
  public static Format byId(String id) {
    for (Format f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}
