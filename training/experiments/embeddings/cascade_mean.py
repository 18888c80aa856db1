"""Cascade variant: mean-logit blend (w_use=0.5 or 0.2) applied only where the shipped probability is in a band."""
import numpy as np
from pathlib import Path
from sklearn.metrics import roc_auc_score
from rempart.detection.categories import ALL_HEADS, TOXICITY
C = Path("/tmp/embexp/cache")
m = np.load(C / "meta.npz"); names, langs, dev, y = m["names"], m["langs"], m["dev"], m["labels"][:, ALL_HEADS.index(TOXICITY)]
s = np.load(C / "use_scores.npz"); base, use = s["base"], s["use"]
sig = lambda z: 1 / (1 + np.exp(-z)); pb = sig(base)
groups = {g: names == g for g in ["hateday-fr", "rtplx-fr", "jigsaw-fr", "mlma-fr", "authored/fr_forum", "jigsaw-en", "mlma-en", "davidson"]}
groups["lang=fr"] = langs == "fr"; groups["shared-fr"] = np.isin(names, ["hateday-fr", "rtplx-fr", "jigsaw-fr", "mlma-fr"]); groups["all"] = np.ones(len(y), bool)
print(f"{'group':18s} {'base':>7s} " + " ".join(f"w{w}[{lo},{hi}]" for w in (0.5, 0.2) for lo, hi in ((0.2, .8), (.05, .95))))
for g, sel in groups.items():
    k = sel & dev
    out = [roc_auc_score(y[k], base[k])]
    for w in (0.5, 0.2):
        bl = sig((1 - w) * base + w * use)
        for lo, hi in ((0.2, .8), (.05, .95)):
            inb = (pb >= lo) & (pb <= hi)
            out.append(roc_auc_score(y[k], np.where(inb, bl, pb)[k]))
    print(f"{g:18s} " + " ".join(f"{v:7.4f}" for v in out))
