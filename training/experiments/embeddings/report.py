"""Print compact tables from results_*.json."""
import json, sys
for emb in sys.argv[1:]:
    r = json.load(open(f"/tmp/embexp/results_{emb}.json"))
    print(f"\n=== {emb}: C={r['C']} (grid AUC on S: {', '.join(f'{k}:{v:.4f}' for k,v in r['C_grid_auc_on_S'].items())})")
    print("stack coef [ngram, emb, b]:", [round(v, 3) for v in r["stack_coef"]])
    print("blend weight sweep on S:", {k: round(v, 4) for k, v in r["blend_weight_auc_on_S"].items()})
    cols = ["detector", "shipped_head", "ngram_T(refit)", "emb_head", "mean_logit", "stack", "stack_pure(T' models)",
            "cascade[0.2,0.8]", "cascade[0.1,0.9]", "cascade[0.3,0.7]", "cascade[0.05,0.95]"]
    short = ["detect", "head", "ng_refit", "emb", "mean", "stack", "stkpure", "c.2-.8", "c.1-.9", "c.3-.7", "c.05-.95"]
    print(f"{'group':38s} {'n':>6s} {'pos':>5s} " + " ".join(f"{s:>8s}" for s in short) + "  share.2-.8 .1-.9 .3-.7 .05-.95")
    for g, row in r["heldout"].items():
        print(f"{g:38s} {row['n']:6d} {row['pos']:5d} " + " ".join(f"{row[c]:8.4f}" for c in cols)
              + "  " + " ".join(f"{row[k]:.3f}" for k in ["share[0.2,0.8]", "share[0.1,0.9]", "share[0.3,0.7]", "share[0.05,0.95]"]))
    print("LOFO (all rows of the file, excluded from training of both heads and stacker):")
    for tag, d in r["lofo"].items():
        for f, v in d.items():
            print(f"  excl={tag:9s} eval={f:22s} n={v['n']} pos={v['pos']} ngram={v['ngram_LOFO']:.4f} emb={v['emb_LOFO']:.4f} "
                  f"mean={v['mean_logit_LOFO']:.4f} stack={v['stack_LOFO']:.4f} coef={[round(c,2) for c in v['stack_coef']]} "
                  f"casc.2-.8={v['cascade[0.2,0.8]']:.4f} (share {v['share[0.2,0.8]']:.3f}) casc.05-.95={v['cascade[0.05,0.95]']:.4f} (share {v['share[0.05,0.95]']:.3f}) "
                  f"| shipped on dev rows (not LOFO)={v['shipped_on_dev_rows_only(not LOFO)']:.4f}")
