"""Welsh rules (placeholder while written)."""

from __future__ import annotations

RULES: tuple[tuple[str, str], ...] = ()
