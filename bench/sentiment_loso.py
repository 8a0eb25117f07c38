"""Leave-one-set-out sentiment: rules only, and rules + learned model trained on the other sets.

usage: PYTHONPATH=. python bench/sentiment_loso.py [--c C] [--bias B] [--dense D] [--mixed M]
       [--sets dev,...] [--no-own] [--misses] [--sweep]

For each project-written set, the learned model is fitted on every other set and scored on the one
left out; "pooled" counts every answer once, each scored by a model that never saw it. The rules
were written reading these sets, so their figures are not held out (except where the README says).
The examples written only for training (``own-`` ids in ``pipeline/data/sentiment_examples.jsonl``,
in no bench set) are in every fold's training and never scored (``--no-own`` leaves them out).
``--sweep`` fits each fold once and scores a range of negative bias on the pooled answers: the
pre-stated rule is the most negatives read negative with pooled macro-F1 at least 0.85.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from importlib import resources

from bench.domain import _rows
from consult.pipeline import sentiment_learned as sl
from consult.pipeline.sentiment import question_lean, rule
from consult.pipeline.sentiment import rule_score as score
from consult.pipeline.sentiment_cues import asks_for_needs

SETS = ("dev", "eval", "dev2", "dev3", "dev4", "fresh", "fresh2", "fresh3")


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


def own_examples() -> list[sl.Example]:
    """The bundled examples written for training alone (in no bench set)."""
    return [] if "--no-own" in sys.argv else [e for e, i in zip(sl.bundled_examples(), _bundled_ids(), strict=True)
                                               if i.startswith("own-")]


def _bundled_ids() -> list[str]:
    text = resources.files("consult.pipeline").joinpath("data/sentiment_examples.jsonl").read_text(encoding="utf-8")
    return [str(json.loads(line).get("id", "")) for line in text.splitlines() if line.strip()]


def sweep(sets: tuple[str, ...], data: dict[str, list[dict]], c: float, dense: float) -> int:
    """Fit each fold once; score each negative bias on the pooled answers."""
    gold, cases = [], []
    for held in sets:
        train = [sl.Example(r["text"], r["question"], r["sentiment"]) for s in sets if s != held for r in data[s]]
        model = sl.LearnedSentiment(c=c, dense_weight=dense).fit(train + own_examples())
        for r in data[held]:
            ruled = rule(r["text"], question_lean(r["question"]), asks_for_needs(r["question"]))
            cases.append((held, ruled, model._fast(r["text"], r["question"], ruled)))
            gold.append(r["sentiment"])
    print(f"{'bias':>5} {'pooled F1':>10} {'neg':>6}   per set F1/neg")
    for bias in (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 8.0):
        sl.NEGATIVE_BIAS = bias
        pred = [_three(sl.combine(ruled, p).label) for _, ruled, p in cases]
        f1, neg = figures(gold, pred)
        per = []
        for s in sets:
            idx = [k for k, case in enumerate(cases) if case[0] == s]
            sf, sn = figures([gold[k] for k in idx], [pred[k] for k in idx])
            per.append(f"{s} {sf:.3f}/{sn:.3f}")
        print(f"{bias:5.2f} {f1:10.4f} {neg:6.4f}   {'  '.join(per)}")
    return 0


def main() -> int:
    c, bias = float(_arg("--c", str(sl.C))), float(_arg("--bias", str(sl.NEGATIVE_BIAS)))
    dense = float(_arg("--dense", str(sl.DENSE_WEIGHT)))
    sl.NEGATIVE_BIAS = bias
    sl.MIXED_CONFIDENT = float(_arg("--mixed", str(sl.MIXED_CONFIDENT)))
    sets = tuple(_arg("--sets", ",".join(SETS)).split(","))
    data = {s: _rows(s) for s in sets}
    if "--sweep" in sys.argv:
        return sweep(sets, data, c, dense)
    pooled: dict[str, list[str]] = {"gold": [], "rule": [], "learned": []}
    print(f"C {c}, negative bias {bias}, dense weight {dense}, "
          f"mixed kept below {sl.MIXED_CONFIDENT}, {len(own_examples())} training-only examples")
    print(f"{'set':8}{'n':>5}  {'rules macro-F1':>15} {'neg read neg':>13}  "
          f"{'learned macro-F1':>17} {'neg read neg':>13}")
    for held in sets:
        train = [sl.Example(r["text"], r["question"], r["sentiment"]) for s in sets if s != held for r in data[s]]
        start = time.perf_counter()
        model = sl.LearnedSentiment(c=c, dense_weight=dense).fit(train + own_examples())
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
