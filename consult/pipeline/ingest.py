"""The first step for every free-text answer, whatever channel it came from.

Cleans the raw text, removes personal details and checks it for safeguarding risk, all in
memory: only the returned, anonymised text may be stored, logged or queued.
"""

from __future__ import annotations

from dataclasses import dataclass

from consult.pipeline.anonymise import Anonymiser
from consult.pipeline.safeguarding import assess
from consult.pipeline.text import clean_text


@dataclass(frozen=True)
class PreparedAnswer:
    text: str  # anonymised
    redactions: dict[str, int]  # placeholder type -> how many were removed
    safeguarding_flagged: bool
    safeguarding_categories: tuple[str, ...]
    truncated: bool


def prepare_answer(raw: str, anonymiser: Anonymiser, max_chars: int) -> PreparedAnswer:
    """Clean, cut to ``max_chars``, anonymise and safeguard one answer."""
    text = clean_text(raw)
    truncated = len(text) > max_chars
    if truncated:
        text = text[:max_chars]
    # Safeguarding reads the words before redaction so no risk is hidden by a placeholder.
    risk = assess(text)
    redaction = anonymiser.anonymise(text)
    return PreparedAnswer(
        text=redaction.text,
        redactions=redaction.counts(),
        safeguarding_flagged=risk.flagged,
        safeguarding_categories=tuple(risk.categories),
        truncated=truncated,
    )
