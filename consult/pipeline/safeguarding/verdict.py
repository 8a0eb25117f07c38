"""What the safeguarding screen returns, and the categories a facilitator sees."""

from __future__ import annotations

from dataclasses import dataclass

SUICIDE = "suicide_or_self_harm"
ABUSE = "abuse_or_violence"
CHILD = "child_at_risk"
DANGER = "immediate_danger"
EXPLOITATION = "exploitation"
CATEGORIES = (SUICIDE, ABUSE, CHILD, DANGER, EXPLOITATION)


@dataclass(frozen=True)
class Safeguarding:
    """The screen's verdict: categories raised and the phrases that raised them."""

    flagged: bool
    categories: tuple[str, ...]
    matched: tuple[str, ...]
