"""Tidy raw input before anything else reads it: one Unicode form, no invisible characters.

Why: a postcode split by a zero-width space (``CF10\\u200b3NQ``) or typed in full-width letters
(``ＣＦ１０ ３ＮＱ``) slips past every pattern, and bidi overrides make stored text read
differently from what was typed. NFKC folds compatibility forms (full width, ligatures,
superscripts) into plain letters and digits; format characters (Unicode category Cf: zero-width
space and joiners, soft hyphen, bidi controls, byte order mark) are removed, except a joiner
between two pictographs, which is part of an emoji and hides nothing. Composed Welsh letters
(ŵ ŷ â) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# C0/C1 controls except tab and newline, and lone surrogates from broken encodings.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_ZWJ = "\u200d"
_EMOJI_STYLE = "\ufe0f"


@dataclass(frozen=True)
class Normalised:
    """Cleaned text and, for each of its characters, the raw-text span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span that produced ``text[start:end]`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


def _plain(raw: str) -> bool:
    """Nothing for ``normalise`` to do but trim: already NFKC, no controls, no format characters."""
    if "\r" in raw or _UNSAFE.search(raw):
        return False
    if raw.isascii():
        return True
    return unicodedata.is_normalized("NFKC", raw) and all(
        unicodedata.category(c) != "Cf" for c in raw if not c.isascii()
    )


def _dropped(ch: str) -> bool:
    if ch in "\t\n":
        return False
    return bool(_UNSAFE.match(ch)) or unicodedata.category(ch) == "Cf"


def _joins_emoji(out: list[str], raw: str, i: int) -> bool:
    """A zero-width joiner between two pictographs ("family", "rainbow flag") is part of the emoji."""
    if raw[i] != _ZWJ or not out or i + 1 >= len(raw):
        return False
    before = out[-2] if out[-1] == _EMOJI_STYLE and len(out) > 1 else out[-1]
    return unicodedata.category(before) == "So" and unicodedata.category(raw[i + 1]) == "So"


def normalise(raw: str) -> Normalised:
    """NFKC per character cluster, format and control characters removed, offsets kept.

    Each base character is normalised with the combining marks after it, so "w" followed by a
    combining circumflex becomes "ŵ" and every output character still points at its source.
    """
    if _plain(raw):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        return Normalised(
            stripped, tuple(range(lead, lead + len(stripped))), tuple(range(lead + 1, lead + len(stripped) + 1))
        )
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            j = i + 2 if raw.startswith("\r\n", i) else i + 1
            out.append("\n")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if _dropped(ch):
            if _joins_emoji(out, raw, i):
                out.append(ch)
                starts.append(i)
                ends.append(i + 1)
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        for piece in unicodedata.normalize("NFKC", raw[i:j]):
            if not _dropped(piece):
                out.append(piece)
                starts.append(i)
                ends.append(j)
        i = j
    text = "".join(out)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    keep = slice(lead, lead + len(stripped))
    return Normalised(stripped, tuple(starts[keep]), tuple(ends[keep]))


def clean_text(raw: str) -> str:
    """NFKC-normalised text with control and format characters removed and ends trimmed."""
    return raw.strip() if _plain(raw) else normalise(raw).text
