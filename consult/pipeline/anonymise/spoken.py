"""Phone numbers written in words: "oh seven seven double oh nine ...", "dim saith naw ...".

Why: people who cannot type digits easily, or who want to get round a filter, spell a number
out; mixed with digits ("07700 nine double oh ...") it is still a number that reaches them.
A run of digit words, digits, "double"/"triple" and "plus" is read out to digits and taken
as a phone number when it is as long as one (ten or more digits starting 0, or +44).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consult.pipeline.anonymise.identifiers import Found

_DIGIT_WORDS = {
    # English, as said aloud
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "nil": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    # Welsh, with the feminine and shortened forms
    "dim": "0",
    "un": "1",
    "dau": "2",
    "dwy": "2",
    "tri": "3",
    "tair": "3",
    "pedwar": "4",
    "pedair": "4",
    "pump": "5",
    "pum": "5",
    "chwech": "6",
    "chwe": "6",
    "saith": "7",
    "wyth": "8",
    "naw": "9",
}
_REPEAT = {"double": 2, "dbl": 2, "dwbl": 2, "triple": 3, "treble": 3, "trebl": 3}
_PLUS = {"plus", "+"}
_TOKEN = re.compile(r"\+|\d+|[^\W\d_]+")
_SAID = "|".join(sorted((*_DIGIT_WORDS, *_REPEAT, "plus"), key=len, reverse=True))
# Four or more number words, digits, "double" or "plus" in a row: the only places worth reading.
_RUN = re.compile(rf"(?<![\w+])(?:(?:{_SAID}|\d+|\+)(?:[\s,.\-/()]{{1,3}}|$)){{4,}}", re.IGNORECASE)
_SAID_SET = frozenset((*_DIGIT_WORDS, *_REPEAT, "plus"))
_MIN_DIGITS = 10


def find_spoken_phones(text: str) -> Iterator[Found]:
    """Phone numbers spelled out in English or Welsh words, alone or mixed with digits."""
    said = 0
    for word in text.lower().split():
        said += word.strip(",.-/()") in _SAID_SET
    if said < 2:
        return  # most texts: a cheap look before the regular expression
    for run in _RUN.finditer(text):
        tokens = [m for m in _TOKEN.finditer(text, run.start(), run.end())]
        for m in tokens:
            if not m.group().isdigit() and m.group().lower() not in _SAID_SET:
                break  # a word inside that only starts like a number word ("one" in "oneself")
        else:
            yield from _judge(tokens)


def _judge(run: list[re.Match[str]]) -> Iterator[Found]:
    """The stretch of ``run`` from its first plausible start that reads as a phone number."""
    units: list[tuple[str, int]] = []  # (digits or "+", start offset)
    repeat, repeat_at = 1, -1
    for m in run:
        word = m.group().lower()
        if word in _REPEAT:
            repeat, repeat_at = _REPEAT[word], m.start()
            continue
        value = "+" if word in _PLUS else _DIGIT_WORDS.get(word, word)
        units.append((value[0] * repeat + value[1:] if repeat > 1 else value, repeat_at if repeat > 1 else m.start()))
        repeat = 1
    if not units or all(m.group().isdigit() or m.group() == "+" for m in run):
        return  # digits alone are the number finder's job
    end = max(m.end() for m in run if m.group().lower() not in _REPEAT)
    for k, (value, start) in enumerate(units):
        digits = "".join(v for v, _ in units[k:])
        plain = digits.lstrip("+")
        if not (value.startswith(("0", "+")) or plain.startswith("44")):
            continue
        if sum(c.isdigit() for c in plain) >= _MIN_DIGITS:
            yield "PHONE", start, end
        return
