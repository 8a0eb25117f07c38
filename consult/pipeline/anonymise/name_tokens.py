"""Words of a message as the name finder sees them: offsets, case, sentence starts, possessives,
and the shapes around a word that say it is no name (title case, "the" before it, an institution).

Why: the finder reasons about each word's shape and neighbours; reading them once, with codes
and earlier placeholders blanked out, keeps that reasoning simple and fast.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, replace

from consult.pipeline.anonymise.name_words import PLACEHOLDER

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_SENTENCE_END = frozenset('.!?:;\n"“”([{|>-•*')


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    word: str  # lower case, possessive removed
    cap: bool  # Capitalised (not all capitals)
    upper: bool  # ALL CAPITALS, more than one letter
    starts_sentence: bool
    possessive: bool = False  # "kapil's", or "kapil ' s" in tokenised text
    tagged: bool = False  # a hashtag ("#NotOk"): a topic, not a person


def tokens(text: str, blocked: Set[int]) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        glued = (m.start() > 0 and text[m.start() - 1].isdigit()) or (m.end() < len(text) and text[m.end()].isdigit())
        if m.start() in blocked or glued:  # letters of a code ("ng72dj") are no name and no cue
            out.append(Tok(m.start(), m.end(), PLACEHOLDER, False, True, False))
            continue
        if m.group() in ("s", "S") and out and text[out[-1].end : m.start()].strip() in ("'", "’"):
            out[-1] = replace(out[-1], possessive=True)  # "kapil ' s": the split possessive belongs to kapil
            continue
        raw = _POSSESSIVE.sub("", m.group())
        j = m.start() - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        first = raw[0]
        out.append(
            Tok(
                m.start(),
                m.start() + len(raw),
                raw.lower(),
                first.isupper() and not raw.isupper(),
                raw.isupper() and len(raw) > 1,
                j < 0 or text[j] in _SENTENCE_END,
                len(raw) < len(m.group()),
                j >= 0 and text[j] == "#",
            )
        )
    return out


def capitals_say_nothing(toks: list[Tok], common: Set[str], stop: Set[str], names: Set[str] = frozenset()) -> bool:
    """SHOUTED or Title Cased Text, where a capital does not mark a name.

    Title case is judged on ordinary words inside sentences: in "Turn Up The Music" they are
    capitalised, in "They had 6: Malon, Mark and Ann" they are not. ``names`` are words that may
    be names ("Darren" is also a Welsh word) and so say nothing either way.
    """
    words = [t for t in toks if t.word != PLACEHOLDER and len(t.word) > 1]
    if sum(t.upper for t in words) * 2 > len(words):
        return True
    inner = [t for t in words if not t.starts_sentence and (t.word in common or t.word in stop) and t.word not in names]
    return len(inner) >= 3 and sum(t.cap or t.upper for t in inner) * 5 > len(inner) * 3


def after_article(toks: list[Tok], i: int, text: str) -> bool:
    """Welsh "the" joined to the word before: "Ma'r Samariaid", "i'r Ganolfan"."""
    return i > 0 and toks[i - 1].word.endswith(("'r", "’r")) and not text[toks[i - 1].end : toks[i].start].strip()


def names_a_place(toks: list[Tok], i: int, text: str, institutions: Set[str]) -> bool:
    """A capitalised word in a run after an institution: "Carchar Berwyn", "Cymdeithas Tai Clwyd Alyn"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and not text[toks[k].end : toks[k + 1].start].strip():
        if toks[k].word in institutions:
            return True
        if not toks[k].cap:
            return False
        k -= 1
    return False
