"""Leave-one-set-out sentiment: rules only, and rules + learned model trained on the other sets.

usage: PYTHONPATH=. python bench/sentiment_loso.py [--c C] [--bias B] [--dense D] [--mixed M]
       [--sets dev,...] [--misses]

For each project-written set, the learned model is fitted on every other set and scored on the one
left out; "pooled" counts every answer once, each scored by a model that never saw it. The rules
were written reading these sets, so their figures are not held out (except where the README says).
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from bench.domain import _rows
from consult.pipeline import sentiment_learned as sl
from consult.pipeline.sentiment import rule_score as score

SETS = ("dev", "eval", "dev2", "dev3", "dev4", "fresh", "fresh2")


def _three(label: str) -> str:
    return "neutral" if label == "mixed" else label


def figures(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """Macro-F1 over three classes (mixed as neutral) and the share of negatives read negative."""
    f1 = []
    for c in ("positive", "neutral", "negative"):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) == c and p != c)
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    neg = [p for g, p in zip(gold, pred, strict=True) if g == "negative"]
    return sum(f1) / 3, neg.count("negative") / max(1, len(neg))


def _arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main() -> int:
    c, bias = float(_arg("--c", str(sl.C))), float(_arg("--bias", str(sl.NEGATIVE_BIAS)))
    dense = float(_arg("--dense", str(sl.DENSE_WEIGHT)))
    sl.NEGATIVE_BIAS = bias
    sl.MIXED_CONFIDENT = float(_arg("--mixed", str(sl.MIXED_CONFIDENT)))
    sets = tuple(_arg("--sets", ",".join(SETS)).split(","))
    data = {s: _rows(s) for s in sets}
    pooled: dict[str, list[str]] = {"gold": [], "rule": [], "learned": []}
    print(f"C {c}, negative bias {bias}, dense weight {dense}, mixed kept below {sl.MIXED_CONFIDENT}")
    print(f"{'set':8}{'n':>5}  {'rules macro-F1':>15} {'neg read neg':>13}  "
          f"{'learned macro-F1':>17} {'neg read neg':>13}")
    for held in sets:
        train = [sl.Example(r["text"], r["question"], r["sentiment"]) for s in sets if s != held for r in data[s]]
        start = time.perf_counter()
        model = sl.LearnedSentiment(c=c, dense_weight=dense).fit(train)
        fit = time.perf_counter() - start
        rows = data[held]
        gold = [r["sentiment"] for r in rows]
        ruled = [_three(score(r["text"], r["question"]).label) for r in rows]
        learned = [_three(s.label) for s in model.predict([r["text"] for r in rows], [r["question"] for r in rows])]
        pooled["gold"] += gold
        pooled["rule"] += ruled
        pooled["learned"] += learned
        rf, rn = figures(gold, ruled)
        lf, ln = figures(gold, learned)
        print(f"{held:8}{len(rows):5}  {rf:15.3f} {rn:13.3f}  {lf:17.3f} {ln:13.3f}   (fit {fit:.1f}s)")
        if "--misses" in sys.argv:
            for r, p in zip(rows, learned, strict=True):
                if p != _three(r["sentiment"]):
                    print(f"      {r['sentiment']:>8} -> {p:<8} [{r['question'][:12]}] {r['text'][:100]}")
    rf, rn = figures(pooled["gold"], pooled["rule"])
    lf, ln = figures(pooled["gold"], pooled["learned"])
    print(f"{'pooled':8}{len(pooled['gold']):5}  {rf:15.3f} {rn:13.3f}  {lf:17.3f} {ln:13.3f}")
    print("gold", dict(Counter(pooled["gold"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
