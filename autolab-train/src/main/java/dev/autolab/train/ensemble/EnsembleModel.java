package dev.autolab.train.ensemble;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted blend of models trained on the same data: its answer is the weighted mean of theirs
 * (class probabilities, or regression values). It saves as {@code model.json} listing each member's
 * family, weight and settings, and each member's own model directory under {@code members/N/}.
 */
public final class EnsembleModel implements TrainedModel {
  public static final String FAMILY = "ensemble";
  static final String MEMBERS = "members";

  private final DatasetSchema schema;
  private final List<TrainedModel> members;
  private final double[] weights;
  private final List<String> names;

  /**
   * @param members the blended models, all of the same schema
   * @param weights one per member, each above 0, summing to 1
   * @param names what each member is called (the race's candidate names), for people reading
   */
  public EnsembleModel(List<TrainedModel> members, double[] weights, List<String> names) {
    if (members.isEmpty() || members.size() != weights.length || names.size() != weights.length) {
      throw new IllegalArgumentException("one weight and one name per member, at least one member");
    }
    DatasetSchema first = members.get(0).schema();
    for (TrainedModel member : members) {
      if (!member.schema().task().equals(first.task())
          || !member.schema().classes().equals(first.classes())) {
        throw new IllegalArgumentException("members must predict the same target and classes");
      }
    }
    this.schema = first;
    this.members = List.copyOf(members);
    this.weights = weights.clone();
    this.names = List.copyOf(names);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public DatasetSchema schema() {
    return schema;
  }

  /** The members, in order. */
  public List<TrainedModel> members() {
    return members;
  }

  /** One weight per member. */
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public Map<String, Object> hyperparameters() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("name", names.get(m));
      member.put("family", members.get(m).family());
      member.put("weight", weights[m]);
      member.put("hyperparameters", members.get(m).hyperparameters());
      list.add(member);
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(MEMBERS, list);
    return all;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    List<List<Prediction>> answers = new ArrayList<>(members.size());
    for (TrainedModel member : members) {
      answers.add(member.predict(rows));
    }
    return Blend.of(schema, answers, weights);
  }

  @Override
  public void save(Path modelDir) {
    ModelManifest.of(FAMILY, schema, hyperparameters()).write(modelDir);
    for (int m = 0; m < members.size(); m++) {
      members.get(m).save(memberDir(modelDir, m));
    }
  }

  /** The directory member {@code m} of the ensemble saved in {@code modelDir} is in. */
  public static Path memberDir(Path modelDir, int m) {
    return modelDir.resolve(MEMBERS).resolve(Integer.toString(m));
  }

  /** Reads an ensemble: its weights from the manifest, each member from its own directory. */
  public static EnsembleModel load(ModelManifest manifest, Path modelDir) {
    List<Member> listed = Member.listed(manifest.hyperparameters());
    List<TrainedModel> members = new ArrayList<>();
    double[] weights = new double[listed.size()];
    List<String> names = new ArrayList<>();
    for (int m = 0; m < listed.size(); m++) {
      members.add(ModelLoader.load(memberDir(modelDir, m)));
      weights[m] = listed.get(m).weight();
      names.add(listed.get(m).name());
    }
    return new EnsembleModel(members, weights, names);
  }
}
