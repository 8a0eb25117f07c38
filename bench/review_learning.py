"""What reviewers' decisions teach the coder, and what the review page's agreement figure says.

usage: python bench/review_learning.py

A simulated reviewer works through the domain development set (``bench/data/domain_dev.jsonl``)
in order, in batches, as theme review does: for each answer they confirm its true themes and
reject the machine's other proposals. After each batch the coder is re-trained on every decision
so far, with the themes they rejected (as ``analysis_consultation`` does after each decision).
Printed per step (with the time the fit took):

- the review page's agreement over the batch just decided (``pipeline/themes/agreement.py``:
  the machine's proposals at decision time against the reviewer's decisions);
- themes micro-F1 on the evaluation set (``domain_eval.jsonl``), never decided, with what the
  coder proposes (every theme it returns, as stored by the analysis).

Figures (held-out micro-F1 at 0, 50, 100, 150, 200, 250, 273 decided): learned model replacing
the codebook once trained 0.801 0.615 0.623 0.730 0.800 0.821 0.829; per-theme blend of the two
0.801 0.803 0.803 0.812 0.821 0.830 0.832.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from consult.pipeline.themes.agreement import Decision, overall
from consult.pipeline.themes.codebook import load_codebook
from consult.pipeline.themes.coder import Coder

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
CODEBOOK = ROOT / "consult" / "pipeline" / "data" / "default_codebook.yaml"
BATCH = 50


def _rows(name: str) -> list[dict[str, Any]]:
    with (DATA / f"domain_{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _proposals(coder: Coder, rows: list[dict[str, Any]]) -> list[set[str]]:
    coded = coder.code([r["text"] for r in rows], [r["question"] for r in rows])
    return [{score.name for score in scores} for scores in coded]


def _micro_f1(rows: list[dict[str, Any]], proposed: list[set[str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for row, names in zip(rows, proposed, strict=True):
        gold = set(row["themes"])
        tp, fp, fn = tp + len(gold & names), fp + len(names - gold), fn + len(gold - names)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, tp / max(1, tp + fp), tp / max(1, tp + fn)


def _decisions(rows: list[dict[str, Any]], proposed: list[set[str]], ids: dict[str, int]) -> list[Decision]:
    """The reviewer confirms the true themes and rejects the machine's other proposals."""
    out = []
    for row, names in zip(rows, proposed, strict=True):
        gold = set(row["themes"])
        out += [Decision(ids[n], n in names, True) for n in gold if n in ids]
        out += [Decision(ids[n], True, False) for n in names - gold]
    return out


def main() -> int:
    codebook = load_codebook(CODEBOOK)
    dev, held_out = _rows("dev"), _rows("eval")
    ids = {theme.name: index + 1 for index, theme in enumerate(codebook.themes)}
    coder = Coder(codebook)
    f1, p, r = _micro_f1(held_out, _proposals(coder, held_out))
    print(f"decided    0: held-out themes micro-F1 {f1:.3f} (P {p:.3f} R {r:.3f})")
    rejected: list[list[str]] = []  # per decided answer: the machine's proposals the reviewer rejected
    for start in range(0, len(dev), BATCH):
        batch = dev[start:start + BATCH]
        proposed = _proposals(coder, batch)
        agreement = overall(_decisions(batch, proposed, ids))
        rejected += [sorted(names - set(row["themes"])) for row, names in zip(batch, proposed, strict=True)]
        decided = dev[:start + len(batch)]
        started = time.perf_counter()
        coder = Coder(codebook).fit([r["text"] for r in decided], [r["themes"] for r in decided],
                                    [r["question"] for r in decided], rejected)
        fitted = time.perf_counter() - started
        f1, p, r = _micro_f1(held_out, _proposals(coder, held_out))
        print(f"decided {len(decided):4d} (fit {fitted:.2f} s): agreement on that batch {agreement.agreement:.2f} "
              f"(precision {agreement.precision:.2f}, recall {agreement.recall:.2f}, {agreement.decisions} decisions); "
              f"then held-out themes micro-F1 {f1:.3f} (P {p:.3f} R {r:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
