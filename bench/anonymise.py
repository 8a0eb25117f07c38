"""Benchmark the anonymiser: throughput, latency, memory and the eval scorer's figures.

Usage: ``python bench/anonymise.py [EVAL_DIR]`` (default ``$CONSULT_EVAL_DIR`` or ``../shared/eval``
beside the repository). Measures the dev files in ``EVAL_DIR/pii`` and a generated UK SMS-style set;
exits 0 with a message when the evaluation kit is absent.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from uk_sms_fixtures import generate

from consult.pipeline.anonymise import anonymise, anonymise_jsonl

ROOT = Path(__file__).resolve().parent.parent


def eval_dir() -> Path:
    """The evaluation kit: first argument, then CONSULT_EVAL_DIR, then ../shared/eval."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    return Path(os.environ.get("CONSULT_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def timing(texts: list[str]) -> dict[str, float]:
    """Texts a second on this core, and p50/p99 latency in milliseconds."""
    anonymise("warm up the name lists")
    latencies = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        anonymise(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    return {"texts_per_s": len(texts) / elapsed, "p50_ms": q[49], "p99_ms": q[98], "max_ms": max(latencies)}


def measure(name: str, gold: Path, scorer: Path) -> None:
    """Time one gold file, write predictions and print the scorer's report."""
    lines = gold.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    figures = timing(texts)
    print(f"\n== {name}: {len(texts)} texts")
    print(
        "throughput {texts_per_s:,.0f} texts/s  p50 {p50_ms:.3f} ms  p99 {p99_ms:.3f} ms  max {max_ms:.2f} ms".format(
            **figures
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            anonymise_jsonl(lines, out)
        report = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True)
        print(report.stdout + report.stderr, end="")


def main() -> int:
    kit = eval_dir()
    scorer = kit / "score_anonymise.py"
    if not scorer.is_file():
        print(f"evaluation kit not found at {kit}: skipping the anonymiser benchmark")
        return 0
    for path in sorted((kit / "pii").glob("*_dev.jsonl")):
        measure(path.stem, path, scorer)
    with tempfile.TemporaryDirectory() as tmp:
        uk = Path(tmp) / "uk_sms.jsonl"
        uk.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate(3000)), encoding="utf-8")
        measure("uk_sms_fixtures (generated)", uk, scorer)
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
