"""Paired bootstrap (2000 resamples of held-out rows) of AUC deltas vs the shipped head, for USE blends."""
import json, sys
from pathlib import Path
import numpy as np
from sklearn.metrics import roc_auc_score
from rempart.detection.training import _fit_head, _fit_platt, dev_mask
from rempart.detection.categories import ALL_HEADS, TOXICITY
from rempart.detection.model import default_model
C = Path("/tmp/embexp/cache")
m = np.load(C / "meta.npz"); names, langs, dev, labels, w = m["names"], m["langs"], m["dev"], m["labels"], m["weights"]
texts = json.load(open(C / "texts.json"))
J = ALL_HEADS.index(TOXICITY); y = labels[:, J]
md = default_model(); sh = np.load(C / "shipped.npz")
base = md.platt_a[J] * sh["margins"][:, J] + md.platt_b[J]
E = np.load(C / "use.npy")
train = ~dev; S = train & dev_mask(texts, seed=1, fraction=0.2); Tp = train & ~S
cp, bp = _fit_head(E[Tp], y[Tp], w[Tp], c=10.0); a, b = _fit_platt((E[S] @ cp + bp).astype(np.float32), y[S], w[S])
ct, bt = _fit_head(E[train], y[train], w[train], c=10.0)
use = a * (E @ ct + bt) + b
np.savez(C / "use_scores.npz", base=base, use=use)
rng = np.random.default_rng(0)
groups = {g: names == g for g in ["hateday-fr", "rtplx-fr", "jigsaw-fr", "mlma-fr", "jigsaw-en", "mlma-en"]}
groups["shared-fr"] = np.isin(names, ["hateday-fr", "rtplx-fr", "jigsaw-fr", "mlma-fr"]); groups["all"] = np.ones(len(y), bool)
for wgt in (0.2, 0.5):
    blend = (1 - wgt) * base + wgt * use
    for g, sel in groups.items():
        idx = np.flatnonzero(sel & dev); d = []
        for _ in range(2000):
            r = rng.choice(idx, len(idx))
            if len(np.unique(y[r])) < 2: continue
            d.append(roc_auc_score(y[r], blend[r]) - roc_auc_score(y[r], base[r]))
        d0 = roc_auc_score(y[idx], blend[idx]) - roc_auc_score(y[idx], base[idx])
        print(f"w_use={wgt} {g:10s} n={len(idx):5d} dAUC={d0:+.4f}  95% CI [{np.percentile(d,2.5):+.4f}, {np.percentile(d,97.5):+.4f}]", flush=True)
