"""Evidence TextBlob cannot see in answers from people in crisis, custody, hostels and recovery.

TextBlob's lexicon was built from product reviews: "i want to die", "humiliating", "because of the
colour of my skin" and "left me in a cell 14 hours" carry no polarity there, and "brilliant, left
me in a cell" reads as praise. Each class of phrasing below is a named cue with a weight, so an
answer's sentiment can say which words moved it:

* distress (despair, fear, wanting to die), harm done to the person (force, humiliation,
  disbelief, being sent away), crime suffered (weaker: often the context of praise for the
  response), discrimination, hostility, hardship (streets, damp, dealers, debt, relapse) and
  failure (nothing in place, no one came, starting again) push towards negative;
* a wish or a counterfactual that names a failure ("wish someone had listened", "if they had
  believed me") is negative; answering what would have helped, so are "not being handcuffed",
  "someone who actually turned up" and asking for plain regard ("a bit of respect");
* sarcasm: praise whose object is a harm ("brilliant, left me in a cell", "cheers for nothing");
* praise the lexicon lacks ("saved my life", "a lifeline", "fair play", "no judgement").

A cue inside "when I was ..." or "after I ..." describes the circumstances, not the verdict
("the sergeant sat with me when I was in a bad way"), and counts for less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consult.pipeline.sentiment_lexicon import (
    DISCRIMINATION,
    DISTRESS,
    FAILURE,
    HARDSHIP,
    HARM,
    HOSTILITY,
    NEEDS_WISH,
    PAST_PRAISE,
    PRAISE,
    REGARD,
    RESIGNATION,
    VICTIMISATION,
    WISH,
)


@dataclass(frozen=True)
class Cue:
    """One piece of evidence: its class, signed weight and the words that raised it."""

    kind: str
    weight: float
    words: str


NEGATIVE_CLASSES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("distress", DISTRESS, -0.7), ("harm", HARM, -0.55), ("discrimination", DISCRIMINATION, -0.6),
    ("hostility", HOSTILITY, -0.5), ("crime suffered", VICTIMISATION, -0.3), ("hardship", HARDSHIP, -0.4),
    ("failure", FAILURE, -0.4), ("wish naming a failure", WISH, -0.45), ("resignation", RESIGNATION, -0.4),
)
_NEEDS_CLASSES: tuple[tuple[str, re.Pattern[str], float], ...] = (("wish naming a failure", NEEDS_WISH, -0.45),)
_PRAISE_WEIGHT = 0.4  # per distinct praise cue: one 0.4, two 0.64, three 0.78
_REGARD_WEIGHT = -0.45
_SARCASM_WEIGHT = -0.8
_CONTEXT_SHARE = 0.4
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|don'?t|dont|didn'?t|didnt|wasn'?t|isn'?t|nobody|without)\b")
_CONTEXT = re.compile(r"\b(?:when|after|while|because|since|before)\s+(?:i|it|he|she|they|we|the|my|a|an)\b"
                      r"(?:\s+\S+){0,3}\s*$")

# praise as an interjection at the start, an ironic aside, or a sign-off after a complaint
_PRAISE_OPENING = re.compile(
    r"^\W*(?:(?:oh|yeah|yea|ye|well)\W+)*(?:brilliant|great|cheers|thanks|thank\s+you|lovely|wonderful|fantastic"
    r"|excellent|nice\s+one|well\s+done|good\s+job|great\s+job|genius|perfect|fab|amazing|marvellous|smashing"
    r"|loved|love|tidy|super|diolch)\b(?:\s+(?:a\s+lot|so\s+much|very\s+much|loads))?(?:\s+(?:work|job|service|lads?|guys|mate|officers?|neighbourhood)){0,2}"
    r"(?:\s+(?:as\s+always|as\s+usual))?\s*(?:[,.!:;-]|\s+for\b|\s+\d|\s+(?:my|another)\b)")
_IRONY = re.compile(
    r"[.,!]\s*(?:cheers|genius|nice\s+one|well\s+done|brilliant|great|thanks)\W*$|\b(?:5|five|10)\s+stars\b"
    r"|\b10\s*/\s*10\b|\b(?:thanks|cheers|diolch)\s+(?:for|am)\s+(?:nothing|dim)\b|\bso\s+much\s+for\b"
    r"|^\W*(?:oh\s+)?yeah\W+(?:\w+\s+){0,3}(?:really\s+)?(?:helpful|great|brilliant|lovely|loved)\b")
_GRATITUDE = re.compile(r"\s*(?:to|for)\s+(?:the|my|all|every|your|everyone|him|her|them|you)\b")
_HARM_NEARBY = re.compile(r"\b(?:cells?|hours|another|only\s+\d|\d+\s+(?:hours|days|mins?|minutes)|waited|waiting"
                          r"|all\s+(?:night|day)|ages)\b|\bgot\s+cut\b")
_NEEDS_QUESTION = re.compile(r"\bwhat\s+(?:would|could|might)\b[^?]*\b(?:help\w*|make|need\w*|improve\w*)\b"
                             r"|\bwhat\s+(?:do|did)\s+you\s+need\b")


def normalise(text: str) -> str:
    """Lower case with straight apostrophes, as the lexicons are written."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def asks_for_needs(question: str | None) -> bool:
    """A question asking what would help: answers name a need, and positive words name the wish."""
    return bool(question and _NEEDS_QUESTION.search(normalise(question)))


def sarcastic(text: str) -> str | None:
    """The praise that is really complaint: an opening, aside or sign-off whose object is a harm."""
    lowered = normalise(text)
    found = _IRONY.search(lowered) or _PRAISE_OPENING.search(lowered)
    if found is None:
        return None
    words = found.group(0).strip(" .,!:;-")
    if words.startswith(("thanks for nothing", "cheers for nothing", "diolch am ddim", "so much for")):
        return words
    rest = lowered[:found.start()] + " " + lowered[found.end():]
    if _GRATITUDE.match(lowered[found.end():]) and not HARM.search(rest):
        return None  # "thanks to the officer who ..." is gratitude
    harmful = any(p.search(rest) for _, p, _ in NEGATIVE_CLASSES[:7]) or _HARM_NEARBY.search(rest)
    if not harmful or (PRAISE.search(rest) and not HARM.search(rest)):
        return None
    return words


def _negated(lowered: str, start: int) -> bool:
    """A negation among the three words before a praise cue ("I do not feel safe", "never kind")."""
    return bool(_NEGATION.search(" ".join(lowered[:start].split()[-3:])))


def _context(lowered: str, start: int) -> bool:
    """Whether a cue sits in a clause of circumstance ("when I was ...", "after I ...")."""
    return bool(_CONTEXT.search(lowered[max(0, start - 40):start]))


def _class_cues(lowered: str, classes: tuple[tuple[str, re.Pattern[str], float], ...],
                spans: list[tuple[int, int]] | None = None) -> list[Cue]:
    found: list[Cue] = []
    for kind, pattern, weight in classes:
        hits = list(pattern.finditer(lowered))
        if spans is not None:
            spans.extend(m.span() for m in hits)
        if hits:
            share = _CONTEXT_SHARE if all(_context(lowered, m.start()) for m in hits) else 1.0
            words = ", ".join(dict.fromkeys(m.group(0) for m in hits))
            found.append(Cue(kind, round(weight * share, 4), words))
    return found


def cues(text: str, needs: bool = False) -> list[Cue]:
    """Every cue the answer raises; ``needs`` when it answers a question about what would help."""
    lowered = normalise(text)
    spans: list[tuple[int, int]] = []
    found = _class_cues(lowered, NEGATIVE_CLASSES + (_NEEDS_CLASSES if needs else ()), spans)
    irony = sarcastic(text)
    patterns = (PRAISE,) if needs else (PRAISE, PAST_PRAISE)
    # praise inside a negative phrase is part of it: "the cans are what keep me going"
    praise = [] if irony else list(dict.fromkeys(
        m.group(0) for p in patterns for m in p.finditer(lowered)
        if not _negated(lowered, m.start()) and not any(a <= m.start() and m.end() <= b for a, b in spans)))
    if needs and not found and not praise:
        regard = [m.group(0) for m in REGARD.finditer(lowered)]
        if regard:
            found.append(Cue("regard asked for", _REGARD_WEIGHT, ", ".join(dict.fromkeys(regard))))
    if irony:
        found.append(Cue("sarcasm", _SARCASM_WEIGHT, irony))
    elif praise:
        found.append(Cue("praise", round(1.0 - (1.0 - _PRAISE_WEIGHT) ** len(praise), 4), ", ".join(praise)))
    return found
