"""What the safeguarding screen returns, and the categories a facilitator sees."""

from __future__ import annotations

from dataclasses import dataclass

SUICIDE = "suicide_or_self_harm"
ABUSE = "abuse_or_violence"
CHILD = "child_at_risk"
DANGER = "immediate_danger"
EXPLOITATION = "exploitation"
CATEGORIES = (SUICIDE, ABUSE, CHILD, DANGER, EXPLOITATION)
# the kinds of disclosure in the project's examples, and the category each raises
KIND_CATEGORY = {
    "suicide": SUICIDE, "self_harm": SUICIDE, "overdose": SUICIDE, "abuse": ABUSE, "coercive_control": ABUSE,
    "sexual_harm": ABUSE, "child": CHILD, "danger_now": DANGER, "exploitation": EXPLOITATION,
}


@dataclass(frozen=True)
class Safeguarding:
    """The screen's verdict: categories raised and the phrases that raised them."""

    flagged: bool
    categories: tuple[str, ...]
    matched: tuple[str, ...]
