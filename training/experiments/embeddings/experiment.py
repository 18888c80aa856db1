"""Toxicity: shipped n-gram model vs linear head on USE (or e5) embeddings vs blends/cascade.
Usage: python experiment.py [use|e5]"""
import json, sys, time
from pathlib import Path
import numpy as np, scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from rempart.detection.training import _fit_head, _fit_platt, dev_mask
from rempart.detection.categories import ALL_HEADS, TOXICITY

EMB = sys.argv[1] if len(sys.argv) > 1 else "use"
C = Path("/tmp/embexp/cache")
OUT = Path(f"/tmp/embexp/results_{EMB}.json")
m = np.load(C / "meta.npz")
names, langs, dev, labels, weights = m["names"], m["langs"], m["dev"], m["labels"], m["weights"]
texts = json.load(open(C / "texts.json"))
J = ALL_HEADS.index(TOXICITY)
y_all = labels[:, J]
known = ~np.isnan(y_all)
assert known.all(), "every row has a toxicity label"
y = y_all.astype(np.float32)
x = sp.load_npz(C / "x.npz").tocsr()
sh = np.load(C / "shipped.npz")
ship_margin, ship_probs = sh["margins"][:, J], sh["probs"]
ship_p = ship_probs[:, J]
from rempart.detection.model import default_model
_m = default_model()
ship_logit = _m.platt_a[J] * ship_margin + _m.platt_b[J]  # Platt-calibrated logit (project fits Platt on dev)
cats = np.delete(ship_probs, J, axis=1)
detector_tox = np.round(0.5 * (ship_p + np.maximum(ship_p, cats.max(axis=1))), 4)  # as Detector.score_many

if EMB == "use":
    E = np.load(C / "use.npy")
    have = np.ones(len(y), dtype=bool)
elif EMB == "use_sub":  # USE restricted to the exact rows e5 embedded (fair comparison)
    E = np.load(C / "use.npy")
    have = np.zeros(len(y), dtype=bool); have[np.load(C / "e5.npz")["idx"]] = True
else:
    e = np.load(C / "e5.npz")
    E = np.zeros((len(y), e["emb"].shape[1]), dtype=np.float32)
    E[e["idx"]] = e["emb"]
    have = np.zeros(len(y), dtype=bool); have[e["idx"]] = True

train = ~dev
# stack/tuning slice S: 20% of the train split, by a differently-seeded text hash (dupes stay together)
S = train & dev_mask(texts, seed=1, fraction=0.2)
Tp = train & ~S  # T' = train minus slice
print(f"rows={len(y)} train={train.sum()} S={S.sum()} T'={Tp.sum()} dev={dev.sum()}", flush=True)

def sig(z): return 1 / (1 + np.exp(-np.clip(z, -30, 30)))
def wauc(sel, p): return roc_auc_score(y[sel], p[sel], sample_weight=weights[sel])

def fit_dense(rows, c):
    t = time.time(); coef, b = _fit_head(E[rows], y[rows], weights[rows], c=c)
    print(f"  fit emb head C={c} n={rows.sum()} {time.time()-t:.0f}s", flush=True)
    return E @ coef + b

def fit_ngram(rows):
    t = time.time(); coef, b = _fit_head(x[rows], y[rows], weights[rows], c=8.0)
    print(f"  fit ngram head n={rows.sum()} {time.time()-t:.0f}s", flush=True)
    return np.asarray(x @ coef).ravel() + b

def platt(margin, rows):
    a, b = _fit_platt(margin[rows].astype(np.float32), y[rows], weights[rows])
    return a * margin + b

def stacker(f1, f2, rows):
    clf = LogisticRegression(C=100.0).fit(np.c_[f1[rows], f2[rows]], y[rows].astype(int), sample_weight=weights[rows])
    return clf

res = {"emb": EMB}
# ---- embedding-head C chosen on S (fit on T') ----
train_emb = train & have
Tp_e, S_e = Tp & have, S & have
if EMB == "e5":  # subsample the train split (stratified by corpus) to <= 6000 rows for e5
    pass  # rows without an embedding were never embedded; `have` already encodes the subsample
grid = [0.1, 1.0, 10.0, 100.0]
cscore = {}
for c in grid:
    mg = fit_dense(Tp_e, c)
    cscore[c] = wauc(S_e, mg)
    print(f"C={c}: weighted AUC on S = {cscore[c]:.4f}", flush=True)
bestC = max(cscore, key=cscore.get)
res["C_grid_auc_on_S"] = cscore; res["C"] = bestC
emb_Tp = fit_dense(Tp_e, bestC)
emb_T = fit_dense(train_emb, bestC)
emb_logit_Tp = platt(emb_Tp, S_e)  # Platt on S
a_b = _fit_platt(emb_Tp[S_e].astype(np.float32), y[S_e], weights[S_e])
emb_logit_T = a_b[0] * emb_T + a_b[1]
# ---- n-gram toxicity head refit on T' (for stacking on S) and on T (sanity vs shipped) ----
ng_Tp = fit_ngram(Tp)
ng_Tp_logit = platt(ng_Tp, S)
ng_T = fit_ngram(train)
st = stacker(ng_Tp_logit, emb_logit_Tp, S_e)
res["stack_coef"] = [float(v) for v in st.coef_[0]] + [float(st.intercept_[0])]
print("stack coef [ngram, emb, b]:", res["stack_coef"], flush=True)
# blend weight sweep w on S: logit = (1-w)*ngram + w*emb
wsweep = {w: wauc(S_e, (1 - w) * ng_Tp_logit + w * emb_logit_Tp) for w in np.round(np.arange(0, 1.01, 0.1), 1)}
res["blend_weight_auc_on_S"] = {str(k): v for k, v in wsweep.items()}

scores = {
    "detector": detector_tox,
    "shipped_head": ship_logit,
    "ngram_T(refit)": ng_T,
    "emb_head": emb_T,
    "mean_logit": 0.5 * (ship_logit + emb_logit_T),
    "stack": st.decision_function(np.c_[ship_logit, emb_logit_T]),
    "stack_pure(T' models)": st.decision_function(np.c_[ng_Tp_logit, emb_logit_Tp]),
}
stack_p = sig(scores["stack"])
bands = [(0.2, 0.8), (0.1, 0.9), (0.3, 0.7), (0.05, 0.95)]
for lo, hi in bands:
    inb = (ship_p >= lo) & (ship_p <= hi)
    scores[f"cascade[{lo},{hi}]"] = np.where(inb, stack_p, ship_p)

FR = ["hateday-fr", "rtplx-fr", "jigsaw-fr", "mlma-fr", "authored/fr_attacks", "authored/fr_forum",
      "authored/fr_forum2", "authored/fr_hard_negatives"]
EN = ["jigsaw-en", "mlma-en", "davidson", "authored/en_all"]
groups = {g: names == g for g in FR}
groups["lang=fr"] = langs == "fr"
groups["shared-fr(hateday,rtplx,jigsaw,mlma)"] = np.isin(names, FR[:4])
for g in EN: groups[g] = names == g
groups["lang=en"] = langs == "en"
for g in ["authored/identity", "authored/identity2", "authored/identity3"]: groups[g] = names == g
groups["all"] = np.ones(len(y), bool)
table = {}
for g, sel in groups.items():
    s = sel & dev & have
    if len(np.unique(y[s])) < 2: continue
    row = {"n": int(s.sum()), "pos": int(y[s].sum())}
    for k, v in scores.items():
        row[k] = float(roc_auc_score(y[s], v[s]))
    for lo, hi in bands:
        row[f"share[{lo},{hi}]"] = float(((ship_p[s] >= lo) & (ship_p[s] <= hi)).mean())
    table[g] = row
res["heldout"] = table

# ---- leave-file-out on the French forum files ----
lofo = {}
for tag, files in [("fr_forum", ["authored/fr_forum"]), ("fr_forum2", ["authored/fr_forum2"]),
                   ("both", ["authored/fr_forum", "authored/fr_forum2"])]:
    F = np.isin(names, files)
    print(f"LOFO {tag}: excluded {F.sum()} rows", flush=True)
    trF, SF = Tp & ~F, S & ~F
    ngF = platt(fit_ngram(trF), SF)
    embF = platt(fit_dense(trF & have, bestC), SF & have)
    stF = stacker(ngF, embF, SF & have)
    out = {}
    for fname in files:
        ev = (names == fname) & have  # every row of the file: none was trained on
        r = {"n": int(ev.sum()), "pos": int(y[ev].sum()),
             "ngram_LOFO": roc_auc_score(y[ev], ngF[ev]), "emb_LOFO": roc_auc_score(y[ev], embF[ev]),
             "mean_logit_LOFO": roc_auc_score(y[ev], 0.5 * (ngF + embF)[ev]),
             "stack_LOFO": roc_auc_score(y[ev], stF.decision_function(np.c_[ngF, embF])[ev]),
             "stack_coef": [float(v) for v in stF.coef_[0]]}
        ngp = sig(ngF)
        for lo, hi in bands:
            inb = (ngp >= lo) & (ngp <= hi)
            r[f"cascade[{lo},{hi}]"] = roc_auc_score(y[ev], np.where(inb, sig(stF.decision_function(np.c_[ngF, embF])), ngp)[ev])
            r[f"share[{lo},{hi}]"] = float(inb[ev].mean())
        evd = ev & dev
        r["shipped_on_dev_rows_only(not LOFO)"] = roc_auc_score(y[evd], ship_p[evd])
        out[fname] = r
    lofo[tag] = out
res["lofo"] = lofo
json.dump(res, open(OUT, "w"), indent=1, default=float)
print("wrote", OUT)
