package dev.autolab.train.model;

import dev.autolab.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of a candidate's parameters or a saved model's hyperparameters, which arrive as
 * JSON-shaped values (numbers of any boxed type, booleans, strings, lists). A value of the wrong
 * type is bad input naming the key, because it may come from a user's {@code --set}.
 */
public final class Params {
  private final Map<String, Object> values;

  public Params(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** These parameters, with {@code defaults} filling the keys they lack. */
  public Params withDefaults(Map<String, Object> defaults) {
    Map<String, Object> merged = new LinkedHashMap<>(defaults);
    merged.putAll(values);
    return new Params(merged);
  }

  /** These parameters with {@code key} set to {@code value}. */
  public Params with(String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(key, value);
    return new Params(changed);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public double number(String key, double fallback) {
    Object value = values.get(key);
    return value == null ? fallback : toDouble(key, value);
  }

  public int integer(String key, int fallback) {
    return (int) Math.round(number(key, fallback));
  }

  public boolean flag(String key, boolean fallback) {
    Object value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw wrong(key, value, "true or false");
  }

  public String text(String key, String fallback) {
    Object value = values.get(key);
    return value == null ? fallback : value.toString();
  }

  /** A list of numbers; a single number counts as a list of one. */
  public List<Double> numbers(String key, List<Double> fallback) {
    Object value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> toDouble(key, v)).toList();
    }
    return List.of(toDouble(key, value));
  }

  /** A list of strings; a single value counts as a list of one. */
  public List<String> texts(String key, List<String> fallback) {
    Object value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(value.toString());
  }

  private static double toDouble(String key, Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw wrong(key, value, "a number");
      }
    }
    throw wrong(key, value, "a number");
  }

  private static BadInputException wrong(String key, Object value, String expected) {
    return new BadInputException(
        "parameter '" + key + "' is '" + value + "' but must be " + expected);
  }
}
