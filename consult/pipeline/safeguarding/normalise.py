"""One spelling for the rules to read: how people text, not how a style guide writes.

Apostrophes are dropped ("he'll" -> "hell", "don't" -> "dont") because many people never type
them, so every rule is written once in the bare form; a Welsh clitic keeps its own word
("llyncu'r" -> "llyncu r", "mae'n" -> "mae n", "na'i" -> "na i") so the verb stays whole. Accents go too (Welsh
typed on a phone often has none), hyphens become spaces ("self-harm", "cam-drin") and a letter
typed three or more times counts twice ("pleeease" -> "pleease").
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2013": "-", "\u2014": "-"})
_CLITIC = re.compile(r"(?<=\w)'(?=(?:r|n|i|w|ch|th|u)\b)")
_APOSTROPHE = re.compile(r"'")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_REPEAT = re.compile(r"(\w)\1{2,}")
_SPACE = re.compile(r"[ \t]+")


def normalise(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free text with squashed repeats and spaces."""
    text = text.lower().translate(_QUOTES)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _CLITIC.sub(" ", text)
    text = _APOSTROPHE.sub("", text)
    text = _HYPHEN.sub(" ", text)
    text = _REPEAT.sub(r"\1\1", text)
    return _SPACE.sub(" ", text)
