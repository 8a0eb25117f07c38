"""Which language an answer is written in, read from its words: Welsh, English, or both.

Why: people write Welsh on the English form, English after texting the Welsh keyword, and mix
the two in one answer ("roedd y swyddog yn ok but the hostel was grim"), so the session's
language is only a hint. Each word counts for Welsh when the Welsh dictionary knows it and the
English lexicon does not, and for English the other way round; words both know ("a", "i",
"man") and first names ("dana", "beth") count for neither. The hint decides only when the words do not.
"""

from __future__ import annotations

import re
from typing import Literal

from consult.pipeline.anonymise.name_lists import name_lists
from consult.pipeline.anonymise.welsh_lexicon import welsh_lexicon
from consult.pipeline.anonymise.welsh_words import COLLOQUIAL

Language = Literal["cy", "en", "mixed"]
LANGUAGES: tuple[Language, ...] = ("cy", "en", "mixed")

_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’][^\W\d_]+)*(?!\w)")  # whole words: not "sw", "ab" in "SW00AB"
_WELSH_LETTERS = frozenset("ŵŷ")
_ONE_LETTER = frozenset("aioy")  # Welsh "a", "i", "o", "y" and English "a", "i" count
# Both languages are present when the smaller has at least this many words and this share.
_MIXED_WORDS = 2
_MIXED_WELSH = 3
_MIXED_SHARE = 0.2


def counts(text: str) -> tuple[int, int]:
    """How many words only Welsh knows, and how many only English knows."""
    welsh = welsh_lexicon().words
    lists = name_lists()
    english, first, ambiguous = lists.common, lists.first, lists.ambiguous
    lower = text.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")
    cy = en = 0
    for word in _WORD.findall(lower):
        if (len(word) < 2 and word not in _ONE_LETTER) or word in first or word in ambiguous:
            continue  # a name ("dana", "beth") says nothing of the language around it
        in_cy = word in welsh or word in COLLOQUIAL or not _WELSH_LETTERS.isdisjoint(word)
        if word in english:
            en += not in_cy
        elif in_cy:
            cy += 1
    return cy, en


def detect(text: str, hint: str | None = None) -> Language:
    """ "cy", "en" or "mixed" for ``text``; ``hint`` (a session or form language) breaks ties.

    One Welsh-looking word alone ("Hola", "Bom dia") is not enough to read a text as Welsh
    unless the hint says Welsh; both languages need a few words each to make a text mixed.
    """
    cy, en = counts(text)
    hinted = _language(hint)
    if cy >= _MIXED_WELSH and en >= _MIXED_WORDS and min(cy, en) >= _MIXED_SHARE * (cy + en):
        return "mixed"
    if cy > en and (cy >= 2 or hinted in ("cy", "mixed")):
        return "cy"
    if en > cy:
        return "en"
    return hinted or "en"


def _language(value: str | None) -> Language | None:
    """A language code as given by a form or session ("cy", "cy-GB", "EN", "mixed"), or None."""
    code = (value or "").strip().lower()
    for language in LANGUAGES:
        if code == language or code.startswith(language + "-") or code.startswith(language + "_"):
            return language
    return None
