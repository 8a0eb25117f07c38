"""Count SMS segments the way the network does, so every text we send costs one.

A message whose characters are all in the GSM 03.38 default alphabet is sent as GSM-7:
160 septets in one segment, 153 a segment once it is split (the rest carries the
concatenation header). Characters from the extension table (``^{}[]~|\\€`` and form
feed) cost two septets. One character outside both tables (a curly quote, a Welsh
circumflex letter such as ŵ, ŷ or â, an emoji) turns the whole message into UCS-2:
70 UTF-16 code units in one segment, 67 a segment once split.

We normalise typographic punctuation (curly quotes, dashes, ellipsis, odd spaces),
which people rarely mean and which double the cost, but never touch letters: Welsh
diacritics are part of the language and stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7_SINGLE = 160
GSM7_MULTI = 153
UCS2_SINGLE = 70
UCS2_MULTI = 67

Encoding = Literal["GSM-7", "UCS-2"]

_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",  # left single quote
        "\u2019": "'",  # right single quote / apostrophe
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",  # prime
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u2026": "...",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",  # zero-width space
        "\ufeff": "",
    }
)


@dataclass(frozen=True, slots=True)
class SegmentCount:
    """How a message will be sent: its encoding, length in units and segments."""

    encoding: Encoding
    units: int
    segments: int
    ucs2_char: str | None  # the first character that forced UCS-2, if any

    @property
    def single_limit(self) -> int:
        return GSM7_SINGLE if self.encoding == "GSM-7" else UCS2_SINGLE

    @property
    def remaining(self) -> int:
        """Units left before a second segment is needed (negative when over)."""
        return self.single_limit - self.units


def normalise(text: str) -> str:
    """Replace typographic quotes, dashes and spaces with plain ones; keep every letter."""
    return text.translate(_PUNCTUATION)


def gsm7_cost(char: str) -> int | None:
    """Septets one character costs in GSM-7, or None when it is not encodable."""
    if char in GSM7_BASIC:
        return 1
    if char in GSM7_EXTENSION:
        return 2
    return None


def first_ucs2_char(text: str) -> str | None:
    """The first character that cannot be sent as GSM-7, so an editor can point at it."""
    for char in text:
        if gsm7_cost(char) is None:
            return char
    return None


def _pack(costs: list[int], single: int, multi: int) -> int:
    """Segments needed; a character's units never straddle two segments."""
    total = sum(costs)
    if total == 0:
        return 0
    if total <= single:
        return 1
    segments, used = 1, 0
    for cost in costs:
        if used + cost > multi:
            segments += 1
            used = 0
        used += cost
    return segments


def count(text: str) -> SegmentCount:
    """Count the segments ``text`` needs exactly as written (normalise it first)."""
    culprit = first_ucs2_char(text)
    if culprit is None:
        costs = [gsm7_cost(c) or 0 for c in text]
        return SegmentCount("GSM-7", sum(costs), _pack(costs, GSM7_SINGLE, GSM7_MULTI), None)
    costs = [2 if ord(c) > 0xFFFF else 1 for c in text]
    return SegmentCount("UCS-2", sum(costs), _pack(costs, UCS2_SINGLE, UCS2_MULTI), culprit)


def fits_one(text: str) -> bool:
    """True when ``text`` goes as a single segment."""
    return count(text).segments <= 1


def describe(text: str) -> str:
    """A one-line summary for editors, e.g. 'UCS-2 (because of "ŵ"): 64/70, 1 segment'."""
    info = count(text)
    because = f' (because of "{info.ucs2_char}")' if info.ucs2_char else ""
    plural = "" if info.segments == 1 else "s"
    size = f"{info.units}/{info.single_limit}"
    return f"{info.encoding}{because}: {size}, {info.segments} segment{plural}"
