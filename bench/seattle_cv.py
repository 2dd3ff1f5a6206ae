#!/usr/bin/env python3
"""How much can any general method get on seattle_weather? Repeated 5-fold cross-validation on
the TRAIN split only (the test split is never read), with the peers' own model kinds.

    python3 bench/seattle_cv.py [DATA_DIR]      # needs Debian's python3-sklearn and pandas

Prints mean accuracy and macro-F1 per model, to read beside the test-split floors.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else Path.home() / ".cache/autolab-bench")
train = pd.read_csv(DATA / "seattle_weather/train.csv")
y = train["weather"].values
X = train.drop(columns=["weather"]).values

MODELS = {
    "HistGradientBoosting default": lambda s: HistGradientBoostingClassifier(random_state=s),
    "HistGradientBoosting early stop": lambda s: HistGradientBoostingClassifier(
        early_stopping=True, random_state=s),
    "RandomForest 300": lambda s: RandomForestClassifier(300, random_state=s, n_jobs=2),
}
for name, make in MODELS.items():
    scores = []
    for rep in range(3):
        folds = StratifiedKFold(5, shuffle=True, random_state=100 + rep)
        for fit_rows, held_out in folds.split(X, y):
            pred = make(rep).fit(X[fit_rows], y[fit_rows]).predict(X[held_out])
            scores.append((accuracy_score(y[held_out], pred),
                           f1_score(y[held_out], pred, average="macro")))
    acc, f1 = np.mean(scores, axis=0)
    acc_sd, f1_sd = np.std(scores, axis=0)
    print(f"{name:34s} accuracy {acc:.3f} ± {acc_sd:.3f}   macro-F1 {f1:.3f} ± {f1_sd:.3f}")
