"""Benchmark the analysis pipeline on the external evaluation kit (not shipped with the project).

usage: python bench/analysis.py [EVAL_DIR]      (default: $CONSULT_EVAL_DIR or ../shared/eval)

Prints the kit's own scorer output for: 5-fold cross-validation on the dev file (train on four
folds exactly as `consult theme --train` does, predict the fifth; every row carries the question
it answers, which `consult theme` then uses on both sides), the same predictions scored on each
trust separately (NHFT, the mental-health, forensic and community trust, is closest to the
held-out set), and codebook-only coding (no training); then timings (training on 4,000 answers;
coding 10,000 answers with sentiment, with their questions) and peak memory. Skips cleanly
without the kit.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from consult.pipeline.batch import all_have_questions, run_theme_batch, train_models
from consult.pipeline.themes.codebook import load_codebook

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 5


def _eval_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    return Path(os.environ.get("CONSULT_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _score(scorer: Path, gold: Path, pred: Path, title: str) -> None:
    print(f"\n== {title}", flush=True)
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)],
                            capture_output=True, text=True, check=True)
    print(result.stdout.rstrip(), flush=True)


def main() -> int:
    kit = _eval_dir()
    dev, codebook_path = kit / "theming" / "nhs_fft_v6_dev.jsonl", kit / "theming" / "nhs_fft_v6_codebook.json"
    scorer = kit / "score_theme.py"
    if not (dev.exists() and codebook_path.exists() and scorer.exists()):
        print(f"evaluation kit not found at {kit}: skipping")
        return 0
    codebook = load_codebook(codebook_path)
    with dev.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    work = Path(tempfile.mkdtemp(prefix="consult-bench-"))

    predictions: dict[str, str] = {}
    for fold in range(FOLDS):  # deterministic folds: every fifth row
        test = [r for i, r in enumerate(rows) if i % FOLDS == fold]
        train = [r for i, r in enumerate(rows) if i % FOLDS != fold]
        out = io.StringIO()
        run_theme_batch(codebook, test, train, out)
        for line in out.getvalue().splitlines():
            predictions[json.loads(line)["id"]] = line
    cv_pred = work / "cv_pred.jsonl"
    cv_pred.write_text("".join(predictions[r["id"]] + "\n" for r in rows), encoding="utf-8")
    _score(scorer, dev, cv_pred, f"{FOLDS}-fold cross-validation, trained on the other folds")
    for trust in sorted({str(r.get("trust")) for r in rows if r.get("trust")}):
        subset = work / f"gold_{trust}.jsonl"
        _write(subset, [r for r in rows if r.get("trust") == trust])
        _score(scorer, subset, cv_pred, f"the same predictions, {trust} rows only")

    zero = work / "codebook_only.jsonl"
    with zero.open("w", encoding="utf-8") as handle:
        run_theme_batch(codebook, rows, None, handle)
    _score(scorer, dev, zero, "codebook only (no training)")

    train_rows = rows[:4000]
    with_questions = all_have_questions(rows)
    started, cpu = time.perf_counter(), time.process_time()
    coder, sentiment = train_models(codebook, train_rows, with_questions)
    trained, trained_cpu = time.perf_counter() - started, time.process_time() - cpu
    coded_rows = (rows * (10_000 // len(rows) + 1))[:10_000]
    texts = [str(r["text"]) for r in coded_rows]
    questions = [str(r["question"]) for r in coded_rows] if with_questions else None
    started, cpu = time.perf_counter(), time.process_time()
    coder.code(texts, questions)
    sentiment.predict(texts, questions)
    coded, coded_cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("\n== timings (wall clock; CPU time in brackets, as the machine may be shared)")
    print(f"questions used: {with_questions}")
    print(f"train on {len(train_rows)} answers (themes and sentiment): {trained:.1f} s ({trained_cpu:.1f} s CPU)")
    print(f"code {len(texts)} answers with sentiment: {coded:.1f} s ({coded_cpu:.1f} s CPU, "
          f"{len(texts) / coded:.0f} a second)")
    print(f"peak memory (max RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
