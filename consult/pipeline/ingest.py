"""The first step for every free-text answer, whatever channel it came from.

Cleans the raw text, removes personal details and checks it for safeguarding risk, all in
memory: only the returned, anonymised text may be stored, logged or queued.
"""

from __future__ import annotations

from dataclasses import dataclass

from consult.pipeline.anonymise import Anonymiser
from consult.pipeline.language import Language, detect
from consult.pipeline.safeguarding import assess
from consult.pipeline.text import clean_text


@dataclass(frozen=True)
class PreparedAnswer:
    text: str  # anonymised
    redactions: dict[str, int]  # placeholder type -> how many were removed
    safeguarding_flagged: bool
    safeguarding_categories: tuple[str, ...]
    truncated: bool
    language: Language = "en"  # what the words were read as: "cy", "en" or "mixed"


def prepare_answer(raw: str, anonymiser: Anonymiser, max_chars: int, *, language: str | None = None) -> PreparedAnswer:
    """Clean, cut to ``max_chars``, anonymise and safeguard one answer.

    ``language`` is the session's or form's language, only a hint: the answer's own words decide
    how it is read, because people write Welsh on the English form and mix the two.
    """
    text = clean_text(raw)
    truncated = len(text) > max_chars
    if truncated:
        text = text[:max_chars]
    # Safeguarding reads the words before redaction so no risk is hidden by a placeholder.
    risk = assess(text)
    read_as = detect(text, hint=language)
    redaction = anonymiser.anonymise(text, language=read_as)
    return PreparedAnswer(
        text=redaction.text,
        redactions=redaction.counts(),
        safeguarding_flagged=risk.flagged,
        safeguarding_categories=tuple(risk.categories),
        truncated=truncated,
        language=read_as,
    )
