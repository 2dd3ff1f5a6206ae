package dev.autolab.train.bench;

import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.autolab.core.Row;
import dev.autolab.eval.Evaluator;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.TextSettings;
import dev.autolab.train.features.TextVectorizer;
import dev.autolab.train.linear.Liblinear;
import dev.autolab.train.linear.LinearWeights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Design probe behind the tfidf-linear defaults: 4-fold cross-validation on the spam TRAIN split
 * only (valid and test untouched), printing errors per feature set and model. Run its main with
 * feature sets like {@code "2,1,4,10000;2,2,5,10000"} (word max n, char min n, char max n, chars).
 */
public class SpamCv {
  static final List<String> CLASSES = List.of("ham", "spam");

  public static void main(String[] args) {
    List<Row> train =
        BenchFiles.read(
            BenchFiles.ROOT.resolve("spam/train.csv"), Set.of("text", "label"), Set.of());
    int folds = 4;
    List<Integer> order = new ArrayList<>(IntStream.range(0, train.size()).boxed().toList());
    Collections.shuffle(order, new Random(1));
    Map<String, int[]> errors = new LinkedHashMap<>();
    Map<String, double[]> f1s = new LinkedHashMap<>();
    String[] featureSets = args[0].split(";");
    for (int f = 0; f < folds; f++) {
      List<Row> tr = new ArrayList<>();
      List<Row> te = new ArrayList<>();
      for (int i = 0; i < order.size(); i++)
        (i % folds == f ? te : tr).add(train.get(order.get(i)));
      for (String fs : featureSets) {
        String[] p = fs.split(",");
        TextSettings s =
            new TextSettings(
                Integer.parseInt(p[0]),
                Integer.parseInt(p[1]),
                Integer.parseInt(p[2]),
                Integer.parseInt(p[3]),
                2,
                2_000_000,
                22,
                true);
        long t0 = System.nanoTime();
        TextVectorizer.Fit fit =
            TextVectorizer.fit(tr.stream().map(r -> r.get("text")).toList(), s);
        List<SparseVector> vx =
            fit.vectorizer().transform(te.stream().map(r -> r.get("text")).toList());
        double vecSec = (System.nanoTime() - t0) / 1e9;
        double[] y = tr.stream().mapToDouble(r -> CLASSES.indexOf(r.get("label"))).toArray();
        int[] vy = te.stream().mapToInt(r -> CLASSES.indexOf(r.get("label"))).toArray();
        int dims = fit.vectorizer().size();
        double[] r = nbRatio(fit.vectors(), y, dims, 1.0);
        Map<String, List<SparseVector>> trainSets =
            Map.of("plain", fit.vectors(), "nb", scale(fit.vectors(), r));
        Map<String, List<SparseVector>> testSets = Map.of("plain", vx, "nb", scale(vx, r));
        double[] balanced = {y.length / (2.0 * count(y, 0)), y.length / (2.0 * count(y, 1))};
        System.out.printf("fold %d %s dims=%d vec %.1fs%n", f, fs, dims, vecSec);
        for (double alpha : new double[] {0.01, 0.03, 0.1}) {
          LinearWeights w = complementNb(fit.vectors(), y, dims, alpha);
          record(errors, f1s, fs + " cnb a=" + alpha, w, vx, vy, f, folds);
        }
        Problem p2 = Liblinear.problem(fit.vectors(), dims, y);
        for (double c : new double[] {0.3, 1, 3}) {
          for (boolean bal : new boolean[] {false, true}) {
            long a = System.nanoTime();
            LinearWeights w =
                Liblinear.classifier(
                    p2, SolverType.L2R_L2LOSS_SVC_DUAL, c, bal ? balanced : null, 2, 7);
            String name = fs + " svm C=" + c + " bal=" + bal;
            record(errors, f1s, name, w, vx, vy, f, folds);
            System.out.printf("  %s %.1fs%n", name, (System.nanoTime() - a) / 1e9);
          }
        }
      }
      System.out.println("after fold " + f);
      errors.forEach((k, v) -> System.out.printf("%-60s errs=%d%n", k, v[0]));
    }
    errors.forEach(
        (k, v) -> System.out.printf("%-60s errs=%d meanF1=%.4f%n", k, v[0], mean(f1s.get(k))));
  }

  static void record(
      Map<String, int[]> errors,
      Map<String, double[]> f1s,
      String name,
      LinearWeights w,
      List<SparseVector> vx,
      int[] vy,
      int f,
      int folds) {
    double[][] probs = vx.stream().map(x -> w.scores(x, 2)).toArray(double[][]::new);
    int errs = 0;
    for (int i = 0; i < vy.length; i++) if (Evaluator.argMax(probs[i]) != vy[i]) errs++;
    errors.computeIfAbsent(name, k -> new int[1])[0] += errs;
    f1s.computeIfAbsent(name, k -> new double[folds])[f] =
        Evaluator.classification(CLASSES, vy, probs).macroF1();
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s / v.length;
  }

  static double[] nbRatio(List<SparseVector> x, double[] y, int dims, double alpha) {
    double[] p = new double[dims];
    double[] q = new double[dims];
    java.util.Arrays.fill(p, alpha);
    java.util.Arrays.fill(q, alpha);
    for (int i = 0; i < x.size(); i++) {
      double[] t = y[i] == 1 ? p : q;
      for (int j = 0; j < x.get(i).size(); j++) t[x.get(i).indices()[j]] += x.get(i).values()[j];
    }
    double ps = 0, qs = 0;
    for (int j = 0; j < dims; j++) {
      ps += p[j];
      qs += q[j];
    }
    double[] r = new double[dims];
    for (int j = 0; j < dims; j++) r[j] = Math.log((p[j] / ps) / (q[j] / qs));
    return r;
  }

  static List<SparseVector> scale(List<SparseVector> xs, double[] r) {
    return xs.stream()
        .map(
            x -> {
              double[] v = new double[x.size()];
              for (int j = 0; j < v.length; j++) v[j] = x.values()[j] * r[x.indices()[j]];
              return new SparseVector(x.indices(), v);
            })
        .toList();
  }

  static LinearWeights complementNb(List<SparseVector> x, double[] y, int dims, double alpha) {
    double[][] counts = new double[2][dims];
    for (int i = 0; i < x.size(); i++) {
      double[] t = counts[(int) y[i]];
      for (int j = 0; j < x.get(i).size(); j++) t[x.get(i).indices()[j]] += x.get(i).values()[j];
    }
    double[][] rows = new double[2][dims];
    for (int c = 0; c < 2; c++) {
      double[] comp = counts[1 - c];
      double sum = 0;
      for (int j = 0; j < dims; j++) sum += comp[j] + alpha;
      for (int j = 0; j < dims; j++) rows[c][j] = -Math.log((comp[j] + alpha) / sum);
    }
    return new LinearWeights(rows, new double[2]);
  }

  static int count(double[] y, int k) {
    int n = 0;
    for (double v : y) if (v == k) n++;
    return n;
  }
}
