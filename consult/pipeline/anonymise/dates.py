"""Dates of birth: dates next to a birth cue, and full dates old enough to be one.

Why: a date of birth with a name or postcode singles a person out, while "on 3rd March" for an
appointment does not. Dates that are not taken as birth dates are returned as spans to keep
(type ""), so the number finder does not read "01.02.2024" as an account number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consult.pipeline.anonymise.identifiers import Found

_ENGLISH_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Welsh months, with the mutations a month takes after "o", "i" or "fis" ("3 o Fawrth"); Welsh
# writes the day first, so these are not read month-first ("mai 4ydd o Ionawr": "that it was").
_WELSH_MONTH = (
    r"(?:ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|"
    r"(?:t|d|nh)achwedd|rhagfyr|ragfyr)"
)
_MONTH = rf"(?:{_ENGLISH_MONTH}|{_WELSH_MONTH})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|af|il|ydd|ed|eg|fed|ain)?"
_YEAR = r"(?:19|20)\d\d|'?\d\d"
_DATE = re.compile(
    r"(?<![\d/.\-])(?:"
    r"(?P<d1>\d{1,2})[/.\-](?P<m1>\d{1,2})[/.\-](?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
    rf"|(?P<d3>{_DAY})(?:\s+of|\s+o)?[\s\-]+(?P<m3>{_MONTH})(?:,?[\s\-]+(?P<y3>{_YEAR}))?"
    rf"|(?P<m4>{_ENGLISH_MONTH})\s+(?P<d4>{_DAY}),?(?:\s+(?P<y4>{_YEAR}))?"
    r")(?![\d/])",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(r"\b(?:d\.?o\.?b|date of birth|birth ?date|born|birthday|bday|b'day|d/o/b)\b", re.IGNORECASE)
# Welsh: "dyddiad geni", "ges i fy ngeni", "ganwyd", "ganed", "pen-blwydd"; looked for only when
# one of _WELSH_STEMS is in the text, so English texts do not pay for it.
_WELSH_BIRTH_CUE = re.compile(r"\b(?:(?:d|dd|n)yddiad geni|n?geni|ganwyd|ganed|[mp]h?en[- ]?blwydd)\b", re.IGNORECASE)
_WELSH_STEMS = ("geni", "ganwyd", "ganed", "blwydd")
_YEAR_AFTER_CUE = re.compile(
    r"\W{0,3}(?:(?:on|in|is|was|:|fi|i|o|hi|e|ym|yn|ar|yw|ydy|oedd|mewn)\s+){0,2}((?:19|20)\d\d)\b", re.IGNORECASE
)
_OLDEST, _NEWEST = 1915, 2012


def _year(match: re.Match[str]) -> int | None:
    raw = match.group("y1") or match.group("y2") or match.group("y3") or match.group("y4")
    if not raw:
        return None
    raw = raw.lstrip("'")
    value = int(raw)
    return value if len(raw) == 4 else (1900 + value if value > 25 else 2000 + value)


def find_dates(text: str) -> Iterator[Found]:
    """Birth dates as DOB; other full dates as spans to keep."""
    cues = [m.end() for m in _BIRTH_CUE.finditer(text)]
    lower = text.lower()
    if any(stem in lower for stem in _WELSH_STEMS):
        cues += [m.end() for m in _WELSH_BIRTH_CUE.finditer(text)]
    for m in _DATE.finditer(text):
        near_cue = any(0 <= m.start() - end <= 30 for end in cues)
        year = _year(m)
        if near_cue or (year is not None and _OLDEST <= year <= _NEWEST):
            yield "DOB", m.start(), m.end()
        else:
            yield "", m.start(), m.end()
    for end in cues:
        y = _YEAR_AFTER_CUE.match(text, end)
        if y:
            yield "DOB", y.start(1), y.end(1)
