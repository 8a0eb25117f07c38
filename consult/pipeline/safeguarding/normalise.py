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
# Text-speak read as the words the rules are written in ("wnt 2 die", "bin cuttin agen").
_SPEAK = {
    "jus": "just", "dis": "this", "dat": "that", "dun": "done", "agen": "again", "agn": "again", "nite": "night",
    "2nite": "tonight", "2night": "tonight", "2day": "today", "2moz": "tomorrow", "2morrow": "tomorrow",
    "lst": "last", "wiv": "with", "wif": "with", "nife": "knife", "kil": "kill", "kild": "killed", "bin": "been",
    "wud": "would", "cud": "could", "shud": "should", "no1": "no one", "noone": "no one", "sum1": "someone",
    "every1": "everyone", "evry1": "everyone", "any1": "anyone", "b": "be", "u": "you", "ur": "your", "pls": "please",
    "plz": "please", "batterd": "battered", "threatend": "threatened", "murderd": "murdered", "ded": "dead",
    "gona": "gonna", "gunna": "gonna", "sed": "said", "sez": "says", "tho": "though", "wnt": "want",
}
_SPEAK_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(_SPEAK, key=len, reverse=True)) + r")(?![\w'])")
_G_DROPPED = re.compile(
    r"\b(cutt|shott|do|go|hurt|kill|tak|us|sell|deal|runn|hitt|beat|burn|think|feel|start|say|try|liv|dy|bleed|hid"
    r"|carry|hold|smash|punch|kick|slapp|stabb|chok|follow|watch|track|threaten|mak|forc|sleep|drink)in\b"
)
_TO = re.compile(
    r"\b2 (?=(?:die|kill|end|be|b|do|go|get|take|sell|live|stop|hurt|cut|leave|keep|run|jump|hang|sleep)\b)"
)
_FOR = re.compile(r"\b4 (?=(?:them|him|her|me|you|u|the|a|my|ever|good|real)\b)")
_WONT = re.compile(r"\b(he|she|they|it|hes|shes) wnt\b")


def normalise(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free text with squashed repeats and spaces."""
    text = text.lower().translate(_QUOTES).replace("od'd", "oded")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _CLITIC.sub(" ", text)
    text = _APOSTROPHE.sub("", text)
    text = _HYPHEN.sub(" ", text)
    text = _REPEAT.sub(r"\1\1", text)
    text = _SPACE.sub(" ", text)
    if any(c.isdigit() for c in text):
        text = _FOR.sub("for ", _TO.sub("to ", text))
    text = _WONT.sub(r"\1 wont", text)
    text = _G_DROPPED.sub(r"\1ing", text)
    return _SPEAK_WORD.sub(lambda m: _SPEAK[m.group(0)], text)
