package dev.autolab.train.ensemble;

import dev.autolab.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One member as an ensemble's hyperparameters list it: name, family, weight and settings. */
record Member(String name, String family, double weight, Map<String, Object> hyperparameters) {

  /** The members listed under {@code members} in an ensemble's hyperparameters. */
  @SuppressWarnings("unchecked")
  static List<Member> listed(Map<String, Object> hyperparameters) {
    Object value = hyperparameters.get(EnsembleModel.MEMBERS);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new BadInputException(
          "an ensemble's hyperparameters must list its members under '"
              + EnsembleModel.MEMBERS
              + "'");
    }
    List<Member> members = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)
          || !(map.get("family") instanceof String family)
          || !(map.get("weight") instanceof Number weight)
          || !(map.get("hyperparameters") instanceof Map<?, ?> settings)) {
        throw new BadInputException(
            "an ensemble member needs a family, a weight and hyperparameters: " + item);
      }
      if (!(weight.doubleValue() > 0) || !Double.isFinite(weight.doubleValue())) {
        throw new BadInputException(
            "an ensemble member's weight must be a positive number: " + item);
      }
      Object name = map.get("name");
      members.add(
          new Member(
              name == null ? family : name.toString(),
              family,
              weight.doubleValue(),
              (Map<String, Object>) settings));
    }
    double sum = members.stream().mapToDouble(Member::weight).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      throw new BadInputException(
          "an ensemble's member weights must add up to 1, these add up to " + sum);
    }
    return members;
  }
}
