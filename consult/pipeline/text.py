"""Tidy raw input before anything else reads it: one Unicode form, no control characters."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline, and lone surrogates from broken encodings.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(raw: str) -> str:
    """NFC-normalised text with unsafe control characters removed and ends trimmed."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return _UNSAFE.sub("", text).strip()
