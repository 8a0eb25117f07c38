"""Benchmark the anonymiser on Welsh: recall, precision, ordinary Welsh words redacted, speed.

Usage: ``python bench/anonymise_cy.py [EVAL_DIR]``. Reads the Welsh sets in ``bench/data``
(``anonymise_cy_dev.jsonl`` and ``anonymise_cy_eval.jsonl``: answers written for consult, with
gold spans and "negatives", ordinary words that must survive) and scores them with the
evaluation kit's scorer (``EVAL_DIR/score_anonymise.py``, default ``$CONSULT_EVAL_DIR`` or
``../shared/eval``), through the same JSON-lines path as ``consult anonymise``.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from anonymise import eval_dir

from consult.pipeline.anonymise import anonymise_jsonl
from consult.pipeline.language import detect

DATA = Path(__file__).resolve().parent / "data"


def measure(gold: Path, scorer: Path) -> None:
    """Anonymise one gold file, print detection, speed and the scorer's report."""
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    detected = Counter(detect(r["text"], hint=r.get("language")) for r in records)
    anonymise_jsonl(lines, io.StringIO())  # warm the word lists and the finders' caches
    started = time.process_time()  # this process's CPU time: the machine is shared
    out = io.StringIO()
    anonymise_jsonl(lines, out)
    rate = len(lines) / (time.process_time() - started)
    print(f"\n== {gold.stem}: {len(lines)} texts, read as {dict(detected)}, {rate:,.0f} texts/s (CPU, one core)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(out.getvalue(), encoding="utf-8")
        report = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True)
        print(report.stdout + report.stderr, end="")


def main() -> int:
    scorer = eval_dir() / "score_anonymise.py"
    if not scorer.is_file():
        print(f"scorer not found at {scorer}: skipping the Welsh anonymiser benchmark")
        return 0
    for name in ("anonymise_cy_dev.jsonl", "anonymise_cy_eval.jsonl"):
        if (DATA / name).is_file():
            measure(DATA / name, scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
