"""Safeguarding screen: does an answer suggest risk to life or of harm, in English or Welsh?

Rules first: every flag names the words that raised it, so a facilitator can see why an answer
is in their queue. Recall comes first (a missed disclosure costs far more than a false alarm).
"""

from __future__ import annotations

from consult.pipeline.safeguarding.screen import assess, assess_rules
from consult.pipeline.safeguarding.verdict import (
    ABUSE,
    CATEGORIES,
    CHILD,
    DANGER,
    EXPLOITATION,
    SUICIDE,
    Safeguarding,
)

__all__ = [
    "ABUSE", "CATEGORIES", "CHILD", "DANGER", "EXPLOITATION", "SUICIDE", "Safeguarding", "assess", "assess_rules",
]
