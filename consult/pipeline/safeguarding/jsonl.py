"""Screen JSON lines in bulk, for measurement: what ``consult safeguard`` runs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from consult.pipeline.safeguarding.screen import assess
from consult.pipeline.text import clean_text


def safeguard_jsonl(lines: Iterable[str], out: TextIO) -> int:
    """Read ``{"id", "text", "language"?}`` lines; write ``{"id", "flag", "categories", "matched"}``; count them."""
    count = 0
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        language = record.get("language")
        verdict = assess(clean_text(str(record.get("text") or "")), language=str(language) if language else None)
        out.write(json.dumps({"id": record.get("id"), "flag": verdict.flagged, "categories": list(verdict.categories),
                              "matched": list(verdict.matched)}, ensure_ascii=False) + "\n")
        count += 1
    return count
