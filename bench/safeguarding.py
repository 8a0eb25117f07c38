"""Benchmark the safeguarding screen: recall per risk kind, false flags per non-risk kind, speed.

Usage: ``python bench/safeguarding.py [DATA_DIR] [--misses] [--build-examples]`` (default
``bench/data``). Reads every ``safeguarding_<lang>_<split>.jsonl`` there ({"id", "text",
"language", "risk", "kind"}) and prints, per file, the rules alone and the rules with the learned
second opinion. The learned model is never scored on what it was trained on: for a dev file it is
trained on four fifths of it (five folds) plus the other dev files and the project's own examples
(``safeguarding_own.jsonl``); for an eval file on the dev files and own examples only.
``--build-examples`` rewrites the packaged training file (dev files + own examples) the service
trains on at run time.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from consult.pipeline.safeguarding import assess
from consult.pipeline.safeguarding.learned import Example, LearnedScreen
from consult.pipeline.safeguarding.screen import assess_rules

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "consult" / "pipeline" / "data" / "safeguarding_examples.jsonl"
FOLDS = 5
OWN = "safeguarding_own.jsonl"
Row = dict[str, object]
Verdict = Callable[[str], bool]


def load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_examples(rows: Sequence[Row]) -> list[Example]:
    return [Example(str(r["text"]), bool(r["risk"]), str(r["kind"])) for r in rows]


def report(name: str, rows: Sequence[Row], verdicts: Sequence[bool], show_misses: bool) -> tuple[float, float]:
    """Print recall per risk kind and false flags per non-risk kind; return (recall, false-flag rate)."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for row, flagged in zip(rows, verdicts, strict=True):
        hits[(("R " if row["risk"] else "N ") + str(row["kind"]))].append(flagged)
    risk = [f for r, f in zip(rows, verdicts, strict=True) if r["risk"]]
    safe = [f for r, f in zip(rows, verdicts, strict=True) if not r["risk"]]
    recall, false_rate = sum(risk) / max(1, len(risk)), sum(safe) / max(1, len(safe))
    print(f"  {name:<16} recall {recall:.3f} ({sum(risk)}/{len(risk)})  "
          f"false flags {false_rate:.3f} ({sum(safe)}/{len(safe)})")
    cells = [f"{k[2:]} {sum(v)}/{len(v)}" for k, v in sorted(hits.items()) if k.startswith("R")]
    print("    caught:      " + ", ".join(cells))
    cells = [f"{k[2:]} {sum(v)}/{len(v)}" for k, v in sorted(hits.items()) if k.startswith("N")]
    print("    false flags: " + ", ".join(cells))
    if show_misses:
        for row, flagged in zip(rows, verdicts, strict=True):
            if bool(row["risk"]) != flagged:
                print(f"      {'MISS' if row['risk'] else 'FALSE'} [{row['kind']}] {row['text']}")
    return recall, false_rate


def learned_verdicts(rows: Sequence[Row], train: Sequence[Example], dev_fold: bool) -> list[bool]:
    """Rules or learned, the learned model trained only on what it is not scored on."""
    if not dev_fold:
        screen = LearnedScreen.train(list(train))
        return [assess_rules(str(r["text"])).flagged or screen.flags(str(r["text"])) for r in rows]
    out: list[bool] = [False] * len(rows)
    for fold in range(FOLDS):
        held = [i for i in range(len(rows)) if i % FOLDS == fold]
        rest = [r for i, r in enumerate(rows) if i % FOLDS != fold]
        screen = LearnedScreen.train([*train, *as_examples(rest)])
        for i in held:
            text = str(rows[i]["text"])
            out[i] = assess_rules(text).flagged or screen.flags(text)
    return out


def throughput(texts: Sequence[str]) -> None:
    assess("warm up")
    latencies = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        assess(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    cpu = time.process_time()
    for text in texts:
        assess(text)
    cpu = (time.process_time() - cpu) / len(texts) * 1000
    print(f"\nthroughput (rules + learned) {len(texts) / elapsed:,.0f} texts/s  p50 {q[49]:.3f} ms  "
          f"p99 {q[98]:.3f} ms  max {max(latencies):.2f} ms  mean CPU {cpu:.3f} ms a text (wall time counts"
          f" waiting for a shared core)")


def build_examples(data: Path) -> None:
    """Write the packaged training file: every dev file and the project's own examples."""
    rows = [r for f in sorted(data.glob("safeguarding_*_dev.jsonl")) for r in load(f)] + load(data / OWN)
    keep = ("text", "language", "risk", "kind")
    BUNDLE.write_text("".join(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    print(f"wrote {len(rows)} examples to {BUNDLE.relative_to(ROOT)}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = Path(args[0]) if args else ROOT / "bench" / "data"
    if "--build-examples" in sys.argv:
        build_examples(data)
        return
    show = "--misses" in sys.argv
    files = [f for f in sorted(data.glob("safeguarding_*_*.jsonl")) if f.stem.split("_")[-1] in ("dev", "eval")]
    own = as_examples(load(data / OWN)) if (data / OWN).exists() else []
    dev_rows = {f.name.split("_")[1]: load(f) for f in files if f.stem.endswith("_dev")}
    all_dev = [e for rows in dev_rows.values() for e in as_examples(rows)] + own
    texts: list[str] = []
    for path in files:
        rows = load(path)
        texts += [str(r["text"]) for r in rows]
        is_dev = path.stem.endswith("_dev")
        lang = path.name.split("_")[1]
        print(f"\n== {path.name}: {len(rows)} answers")
        report("rules", rows, [assess_rules(str(r["text"])).flagged for r in rows], show)
        other_dev = [e for k, v in dev_rows.items() if k != lang for e in as_examples(v)] + own if is_dev else all_dev
        report("rules + learned", rows, learned_verdicts(rows, other_dev, is_dev), show)
    throughput(texts * max(1, 3000 // max(1, len(texts))))


if __name__ == "__main__":
    main()
