package dev.autolab.train.bench;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Evaluator;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * Design probe behind the xgboost class-weighting choice: repeated 5-fold cross-validation on a
 * tabular benchmark's TRAIN split only, printing accuracy, macro-F1 and per-class F1 per setting.
 * Run its main with the benchmark name, e.g. {@code seattle_weather}.
 */
public class SeattleCv {
  public static void main(String[] args) throws Exception {
    String name = args[0];
    DatasetSchema schema = Benchmark.tabularSchema(name);
    Set<String> cols = new java.util.HashSet<>();
    schema.features().forEach(c -> cols.add(c.name()));
    cols.add(schema.target());
    List<Row> train =
        BenchFiles.read(BenchFiles.ROOT.resolve(name + "/train.csv"), cols, Set.of("."));
    int k = schema.classes().size();
    int[] depths = {3, 6};
    double[] powers = {0, 0.25};
    int[] limits = {100, 200, 300, 500};
    Map<String, List<double[]>> probs = new HashMap<>();
    List<Integer> truth = new ArrayList<>();
    for (int rep = 0; rep < 3; rep++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) order.add(i);
      Collections.shuffle(order, new Random(rep));
      int folds = 5;
      for (int f = 0; f < folds; f++) {
        List<Row> tr = new ArrayList<>(), te = new ArrayList<>();
        for (int i = 0; i < order.size(); i++)
          (i % folds == f ? te : tr).add(train.get(order.get(i)));
        TabularEncoder enc = TabularEncoder.fit(tr, schema.features(), false, 50);
        int[] ytr = Targets.classIndices(schema, tr);
        int[] yte = Targets.classIndices(schema, te);
        for (int y : yte) truth.add(y);
        for (int depth : depths) {
          for (double power : powers) {
            for (double ss : new double[] {0.8, 1.0}) {
              for (double mcw : new double[] {1, 3}) {
                DMatrix dtr = matrix(enc, tr, ytr);
                double[] w = Targets.balancedWeights(ytr, k);
                float[] rw = new float[ytr.length];
                for (int i = 0; i < rw.length; i++) rw[i] = (float) Math.pow(w[ytr[i]], power);
                dtr.setWeight(rw);
                DMatrix dte = matrix(enc, te, yte);
                Map<String, Object> p = new HashMap<>();
                p.put("objective", "multi:softprob");
                p.put("num_class", k);
                p.put("eta", 0.05);
                p.put("max_depth", depth);
                p.put("subsample", ss);
                p.put("colsample_bytree", ss);
                p.put("min_child_weight", mcw);
                p.put("tree_method", "hist");
                p.put("nthread", 2);
                p.put("seed", 1);
                p.put("verbosity", 0);
                p.put("verbose_eval", 0);
                Booster b =
                    XGBoost.train(dtr, p, limits[limits.length - 1], new HashMap<>(), null, null);
                for (int limit : limits) {
                  float[][] out = b.predict(dte, false, limit);
                  String key =
                      "depth="
                          + depth
                          + " pow="
                          + power
                          + " ss="
                          + ss
                          + " mcw="
                          + mcw
                          + " rounds="
                          + limit;
                  List<double[]> list = probs.computeIfAbsent(key, x -> new ArrayList<>());
                  for (float[] o : out) {
                    double[] d = new double[k];
                    for (int j = 0; j < k; j++) d[j] = o[j];
                    list.add(d);
                  }
                }
                b.dispose();
                dtr.dispose();
                dte.dispose();
              }
            }
          }
        }
      }
    }
    int[] y = truth.stream().mapToInt(Integer::intValue).toArray();
    probs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              ClassificationMetrics m =
                  Evaluator.classification(
                      schema.classes(), y, e.getValue().toArray(double[][]::new));
              StringBuilder pc = new StringBuilder();
              m.perClass().forEach((c, v) -> pc.append(String.format(" %s=%.2f", c, v.f1())));
              System.out.printf(
                  "%-32s acc=%.4f f1=%.4f ll=%.4f%s%n",
                  e.getKey(), m.accuracy(), m.macroF1(), m.logLoss(), pc);
            });
  }

  static DMatrix matrix(TabularEncoder enc, List<Row> rows, int[] y) throws Exception {
    int c = enc.size();
    float[] data = new float[rows.size() * c];
    for (int i = 0; i < rows.size(); i++) {
      double[] v = enc.encode(rows.get(i));
      for (int j = 0; j < c; j++) data[i * c + j] = (float) v[j];
    }
    DMatrix m = new DMatrix(data, rows.size(), c, Float.NaN);
    float[] l = new float[y.length];
    for (int i = 0; i < y.length; i++) l[i] = y[i];
    m.setLabel(l);
    return m;
  }
}
