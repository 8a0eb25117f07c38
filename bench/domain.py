"""Benchmark untrained sentiment and codebook-only themes on the project's own domain sets.

usage: PYTHONPATH=. python bench/domain.py [dev|eval|both|dev,dev2,...] [--misses] [--theme-misses] [--speed]

The sets (``bench/data/domain_dev.jsonl``, ``domain_eval.jsonl``) are answers to the demo
consultation's free-text questions in many voices, labelled by hand before the rules were tuned:
``{"id", "question", "text", "sentiment": positive|neutral|negative|mixed, "themes": [...]}``.
Untrained is what a new consultation gets, so nothing here is fitted. Sentiment is scored as
macro-F1 over positive/neutral/negative with "mixed" counted as neutral (as the NHS scale does),
recall of negatives, and how "mixed" answers were shown; themes as micro- and macro-F1 with the
default codebook. Develop against dev; read eval only to measure.

Other sets, in other voices than dev and eval (older people, young people, text-speak, facilitators'
notes, people for whom English is a second language), each labelled before the coder saw it:
``domain_dev2``, ``domain_dev3`` (~100 answers each) and ``domain_dev4`` (60, short wishes and police
contact) were then developed against, class by class; ``domain_fresh`` (155 answers) was not: it is
the honest figure for answers nobody tuned to; nor was ``domain_fresh3`` (119; see below; it is now in training).

Figures (codebook only, no training; sentiment untrained), before -> after the theming and sentiment
work of issue #16 (themes micro-F1; sentiment macro-F1 with mixed as neutral; share of negatives
read as negative):

    set      n    themes micro-F1   sentiment macro-F1        negatives read negative
    dev     273   0.827 -> 0.869    0.935 -> 0.947            0.979 -> 0.979
    eval    439   0.776 -> 0.801    0.887 -> 0.894            0.977 -> 0.972
    dev2     99   0.796 -> 0.874    0.612 -> 0.819            0.660 -> 0.940
    dev3    100   0.803 -> 0.873    0.662 -> 0.819            0.741 -> 0.889
    dev4     60   0.808 -> 0.882    0.830 -> 0.962            0.630 -> 0.963
    fresh   155   0.771 -> 0.798    0.555 -> 0.597 (0.673)    0.671 -> 0.724 (0.921)

Fresh themes were never looked at answer by answer: 0.798 is the honest figure (it read 0.810 at
an intermediate commit; the last codebook additions, made on dev3 and dev4, cost it a few labels).
Fresh sentiment was looked at: the honest figures are 0.597 and 0.724; its misses were then read,
and the classes they showed (the screen's exploitation rules firing on "took me home", "never gave
up", targeting, "no ... support at all", drinking to cope) fixed where dev, eval, dev2 and dev3 did
not move; the figures in brackets are after that and are no longer held out. Fresh sentiment still
falls short on positives: many are answers that name what helped without a word of praise ("AA
meetings and my sponsor", "The hearing voices group"; dev labels such bare names neutral, fresh
labels them positive) and answers shown "mixed" for a stray "never" or "didn't" in one clause.
Counting bare "what helped" answers as praise (dev 0.947 -> 0.903, eval 0.894 -> 0.868) or "mixed"
only on a domain cue (dev -> 0.934, eval -> 0.888) lowered dev and eval, so neither was made.

NHS FFT dev (``../shared/eval``, its own codebook, ``consult theme`` then ``score_theme.py``):
themes micro-F1 0.4517 -> 0.4480, macro-F1 0.3175 -> 0.3164; sentiment accuracy 0.6867 -> 0.6877,
macro-F1 0.5852 -> 0.5846 (most of the themes' small loss is "community" no longer sharing a stem
with "communication").

Generalisation, then a learned model beside the rules (``bench/sentiment_loso.py``). The rules
scored ~0.9 on the sets they were written against and 0.6 on fresh voices; leave-one-set-out
(fit the learned model on every set but one, score the one left out; "pooled" scores every
answer once, by a model that never saw it) with the final labels:

    set      n    rules macro-F1 / neg read neg    rules + learned macro-F1 / neg read neg
    dev     273   0.942 / 0.979                    0.950 / 0.986
    eval    439   0.894 / 0.972                    0.895 / 0.972
    dev2     99   0.819 / 0.940                    0.890 / 0.980
    dev3    100   0.805 / 0.889                    0.849 / 0.889
    dev4     60   0.939 / 0.963                    0.950 / 0.926
    fresh   155   0.673 / 0.921                    0.791 / 0.934
    fresh2  101   0.740 / 0.857                    0.840 / 0.857
    pooled 1227   0.850 / 0.949                    0.888 / 0.954

The rules' figures are not held out (they were written reading every set but fresh2), which also
makes the learned model over-trust the rule's features if weighed fully (pooled 0.871, fresh 0.718
at weight 1.0; 0.883 and 0.782 at 0.3, the shipped weight). ``domain_fresh2`` (101 answers: Welsh
and English mixed, one-word answers, sarcasm, crisis, facilitators' notes, plain facts) was written
and labelled before anything was scored on it and scored once, with the model fitted on the six
other sets: rules 0.729 / 0.857, rules + learned 0.828 / 0.857 (its themes micro-F1 0.822); it
then joined the bundled examples. (After that one scoring, "methadone script" was relabelled
positive -> neutral with the medication convention below, and "mixed" was kept below 0.6 not 0.75
on the six other sets' pooled figure: the table's fresh2 row is under the final labels.)
Since ``score`` now learns from every set here
(``consult/pipeline/data/sentiment_examples.jsonl``), this script's own sentiment figures are
in-sample: use ``sentiment_loso.py`` for held-out ones. Shipped: C 10, rule features at 0.3,
P(negative) weighed x4.0, "mixed" kept where the model's top class is under 0.6.

Negatives in unfamiliar voices (a follow-up to issue #16 point 7): cues for help that never came
("nobody rang me back", "not a peep", "the last I heard", "left me there") and for drink named as
what keeps someone going; 58 examples written only for training (``own-`` ids in
``sentiment_examples.jsonl``, in no bench set: resignation, understatement, text-speak, polite
complaints, with short positives and plain facts beside them); and P(negative) weighed x4 not x2,
chosen by ``sentiment_loso.py --sweep`` (most negatives read negative with pooled macro-F1 >= 0.85;
x4 and x3.5-x8 all read 0.969; x8 with an extra additive margin read 0.971 at macro-F1 0.850, one
answer more for 0.03 less, so not taken; the margin was dropped as it added nothing over the bias).
Leave-one-set-out, rules + learned, macro-F1 / negatives read negative, before -> after:

    set      n    before           after
    dev     273   0.950 / 0.986    0.938 / 0.993
    eval    439   0.895 / 0.972    0.884 / 0.982
    dev2     99   0.890 / 0.980    0.879 / 0.980
    dev3    100   0.849 / 0.889    0.881 / 0.944
    dev4     60   0.950 / 0.926    0.950 / 0.926
    fresh   155   0.791 / 0.934    0.781 / 0.947
    fresh2  101   0.840 / 0.857    0.838 / 0.905
    pooled 1227   0.888 / 0.954    0.881 / 0.969

``domain_fresh3`` (119 answers: people in crisis, one- and two-word texts, text-speak, resignation
and understatement, Welsh-English mixing, older people, carers speaking for someone, polite
complaints, plain facts, praise, mixed) was written and labelled before anything was scored on it,
then scored once with the full model, before (main at 95ea65c) -> after: macro-F1 0.624 -> 0.636,
negatives read negative 0.657 -> 0.761. Both are far below the targets (0.75 / 0.90): voices
unlike every training set are still read badly. Caveats: the same person wrote fresh3, the
training-only examples and the cues, in the same hour, and three fresh3 answers echo the examples
in the brief the cues were written from ("the last i heard", "me and the bottle", "the drink ...
keeps me going"), so "after" is if anything optimistic. After that scoring, three bare names of
what helped ("my dog", "the gym", "AA ... and a counsellor") were relabelled neutral -> positive
to the convention below (before 0.635 / 0.657, after 0.649 / 0.761). Its misses were then read
(3-4 positives now read negative: the price of the x4 weight) and "keep me going" made praise
except inside a drink phrase, so the shipped code's fresh3 figure, 0.660 / 0.761, is no longer
held out. It was not then in the bundled examples (it is now: see below). NHS FFT dev through
``score`` (rules + learned, no question): macro-F1 0.571 -> 0.566, negatives read negative
0.519 -> 0.584; ``consult theme`` (untrained rule only) unchanged at 0.585.

Round 2: generalising to unfamiliar voices. fresh3 joined the bundled examples (``domain-fresh3-*``)
and leave-one-set-out has eight sets. Changes, each for a class of voice, not for an answer:
``sentiment_text.plain`` spells out SMS shorthand before the rules and the model ("nah nuffin helped
n no1 asked" -> "no nothing helped and no one asked"; "2"/"4" only between words, never before a
number; stretched letters shortened); a "resignation" cue ("it is what it is", "what's the point",
"nothing ever changes", "could have gone better", "put up with it", "too late now"); a polite
concession ("I appreciate ..., but", "to be fair ... but") read only after its "but", and the part
after the last "but" as a model feature; plain praise ("believed me", "took it seriously", "kept us
updated", "never gave up on me", "he was arrested"); a bare "nothing" left to the question (the
rule's reading) when it leans, asks for needs or is unknown; 67 more training-only ``own-`` examples
in new voices (young people's slang, formal letters of complaint, parents, Welsh-English, plain
facts); C 4 (was 10), bias still x4 (re-swept). Leave-one-set-out, rules + learned, macro-F1 /
negatives read negative, before (main at 1b4a93b with fresh3 added to training) -> after:

    set      n    before           after
    dev     273   0.938 / 0.993    0.929 / 1.000
    eval    439   0.869 / 0.986    0.879 / 0.986
    dev2     99   0.869 / 0.980    0.881 / 0.980
    dev3    100   0.824 / 0.907    0.847 / 0.926
    dev4     60   0.950 / 0.926    0.950 / 0.926
    fresh   155   0.783 / 0.947    0.772 / 0.947
    fresh2  101   0.851 / 0.905    0.870 / 0.929
    fresh3  119   0.660 / 0.761    0.764 / 0.866
    pooled 1346   0.854 / 0.947    0.868 / 0.962

Caveat: fresh3's misses had been read (round 1) before this work, and several cue phrasings and the
concession pattern were written knowing them, so its "after" row is optimistic; the other sets'
rows and the pooled figure without fresh3 (1227 answers: 0.872 / 0.967 -> 0.877 / 0.972) are the
fairer reading: a small gain where nothing was read, most of it in negatives. NHS FFT dev: ``consult
theme`` sentiment macro-F1 0.5846 -> 0.5848; through ``score`` (no question) 0.5661 -> 0.5660,
negatives read negative 0.584 -> 0.671.
Speed (``--speed``): sentiment 1.99 ms an answer (main 1.95), model fitted in 8-11 s.

Label convention (the issue's): distress, harm done to the person, sarcasm and wishes naming a
failure are negative; factual answers neutral; "mixed" only with a clearly positive and a clearly
negative part (scored neutral). The sets disagreed on one class: naming what helped, answering
"what has helped ...?" ("AA meetings and my sponsor", "The recovery college"). Most sets (dev2, dev3,
eval, fresh) labelled it positive - the answer says it helped - and dev, dev3 and dev4 had a few
neutral; those three ("The recovery college", "Art classes at the recovery centre", "The mental
health nurse at the hostel") were made positive. Medication or treatment one is on ("Methadone", "on
sertraline") stays neutral, a fact, as eval labels it.

Speed (``--speed``: 1,000 answers, warm, on a shared 2-core machine): rules + learned sentiment
3.0 ms an answer (the rule alone 1.1-1.4), the model fitted at first use in 5-22 s (warm-up does it
before the server or the RQ worker forks). Before the learned model:
Speed (``--speed``: 1,000 answers, warm, on a shared 2-core machine): themes 0.1-0.3 ms an answer
in one batch and 0.1-0.3 ms one at a time; sentiment 1.2-1.4 ms an answer. Coding each answer in the
background as it arrives costs nothing a person would notice.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from consult.pipeline.sentiment import score
from consult.pipeline.themes.codebook import load_codebook
from consult.pipeline.themes.coder import Coder

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
CODEBOOK = ROOT / "consult" / "pipeline" / "data" / "default_codebook.yaml"
CLASSES = ("positive", "neutral", "negative")


def _rows(name: str) -> list[dict[str, Any]]:
    with (DATA / f"domain_{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _three(label: str) -> str:
    return "neutral" if label == "mixed" else label


def sentiment_report(rows: list[dict[str, Any]], misses: bool) -> dict[str, float]:
    """Macro-F1 (mixed as neutral), negative recall, and the mixed answers' fate."""
    gold = [r["sentiment"] for r in rows]
    results = [score(r["text"], r["question"]) for r in rows]
    shown = ["mixed" if getattr(s, "mixed", False) else s.label for s in results]
    pred = [_three(s) for s in shown]
    f1s = {}
    for c in CLASSES:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) == c and p != c)
        f1s[c] = _f1(tp, fp, fn)
    negatives = [p for g, p in zip(gold, pred, strict=True) if g == "negative"]
    mixed_fate = Counter(s for g, s in zip(gold, shown, strict=True) if g == "mixed")
    flagged = [g for g, s in zip(gold, shown, strict=True) if s == "mixed"]
    accuracy = sum(1 for g, p in zip(gold, pred, strict=True) if _three(g) == p) / len(rows)
    print(f"  sentiment macro-F1 {sum(f1s.values()) / 3:.3f} (mixed as neutral); accuracy {accuracy:.3f}; "
          + ", ".join(f"{c} {f1s[c]:.3f}" for c in CLASSES))
    print(f"  negatives read as negative: {negatives.count('negative')}/{len(negatives)} "
          f"= {negatives.count('negative') / max(1, len(negatives)):.3f}")
    print(f"  gold mixed ({sum(mixed_fate.values())}) shown as: {dict(mixed_fate)}; "
          f"shown mixed: {len(flagged)}, of which gold mixed {flagged.count('mixed')}")
    if misses:
        for r, s, p in zip(rows, results, pred, strict=True):
            if p != _three(r["sentiment"]):
                print(f"    {r['sentiment']:>8} -> {p:<8} {s.polarity:+.2f} [{r['question'][:12]}] {r['text'][:110]}")
    return {"macro": sum(f1s.values()) / 3, "neg_recall": negatives.count("negative") / max(1, len(negatives))}


def theme_report(rows: list[dict[str, Any]], misses: bool) -> dict[str, float]:
    """Micro- and macro-F1 of codebook-only coding (no training) against the gold themes."""
    coder = Coder(load_codebook(CODEBOOK))
    coded = coder.code([r["text"] for r in rows], [r["question"] for r in rows])
    pred = [{s.name for s in scores if s.confidence >= 0.5} or {scores[0].name} if scores else set()
            for scores in coded]
    counts: dict[str, list[int]] = {n: [0, 0, 0] for n in coder.names}
    for r, p in zip(rows, pred, strict=True):
        g = set(r["themes"])
        for n in coder.names:
            counts[n][0] += n in g and n in p
            counts[n][1] += n not in g and n in p
            counts[n][2] += n in g and n not in p
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    scored = [n for n, c in counts.items() if c[0] + c[2] >= 5]
    macro = sum(_f1(*counts[n]) for n in scored) / max(1, len(scored))
    print(f"  themes micro-F1 {_f1(tp, fp, fn):.3f} (P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}); "
          f"macro-F1 {macro:.3f} over {len(scored)} themes with >= 5 gold")
    if misses:
        for n in scored:
            print(f"    {_f1(*counts[n]):.2f} tp {counts[n][0]:3d} fp {counts[n][1]:3d} fn {counts[n][2]:3d}  {n}")
        for r, p in zip(rows, pred, strict=True):
            if set(r["themes"]) != p:
                gold = set(r["themes"])
                print(f"    missed {sorted(gold - p)} extra {sorted(p - gold)}: {r['text'][:90]}")
    return {"micro": _f1(tp, fp, fn), "macro": macro}


def speed_report(n: int = 1000) -> None:
    """Milliseconds per answer to code themes (default codebook) and score sentiment, one answer at a
    time as the background job does after each submission, and in one batch as a re-code does."""
    rows = _rows("dev") + _rows("eval")
    rows = (rows * (n // len(rows) + 1))[:n]
    texts, questions = [r["text"] for r in rows], [r["question"] for r in rows]
    coder = Coder(load_codebook(CODEBOOK))
    coder.code(texts[:5], questions[:5])  # warm the caches a running worker already has
    start = time.perf_counter()
    score("warm up")  # fits the learned sentiment model, as the server's warm-up does before it forks
    print(f"== sentiment model fitted at first use in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    coder.code(texts, questions)
    batch = time.perf_counter() - start
    start = time.perf_counter()
    for t, q in zip(texts, questions, strict=True):
        coder.code([t], [q])
    single = time.perf_counter() - start
    start = time.perf_counter()
    for t, q in zip(texts, questions, strict=True):
        score(t, q)
    feeling = time.perf_counter() - start
    print(f"== speed over {n} answers: themes {1000 * batch / n:.2f} ms/answer in one batch, "
          f"{1000 * single / n:.2f} ms/answer one at a time; sentiment {1000 * feeling / n:.2f} ms/answer")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    which = args[0] if args else "both"
    if "--speed" in sys.argv:
        speed_report()
        return 0
    for name in (("dev", "eval") if which == "both" else tuple(which.split(","))):
        rows = _rows(name)
        print(f"== domain {name}: {len(rows)} answers, gold {dict(Counter(r['sentiment'] for r in rows))}")
        sentiment_report(rows, "--misses" in sys.argv)
        if all("themes" in r for r in rows):  # some sets were written for sentiment only
            theme_report(rows, "--theme-misses" in sys.argv)
        else:
            print("  themes: this set has no gold themes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
