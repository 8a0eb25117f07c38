"""Anonymise free text before it is stored: typed placeholders replace personal details.

Why: raw answers from people in contact with police and probation must never reach the
database, a log or a report. Finders for structured identifiers, dates, addresses, named
places and person names propose spans; overlapping spans are merged (when in doubt, remove
more), and each merged span becomes one placeholder such as ``[NAME]`` or ``[PHONE]``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TextIO

from consult.pipeline.anonymise.addresses import find_addresses
from consult.pipeline.anonymise.dates import find_dates
from consult.pipeline.anonymise.identifiers import Found, find_identifiers
from consult.pipeline.anonymise.language import detect
from consult.pipeline.anonymise.names import NameFinder
from consult.pipeline.anonymise.spoken import find_spoken_phones
from consult.pipeline.anonymise.welsh_words import (
    welsh_name_lists,
    welsh_ordinary,
    welsh_places,
    welsh_towns,
    welsh_vocabulary,
)
from consult.pipeline.text import normalise

PLACEHOLDER_TYPES = (
    "NAME",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "POSTCODE",
    "DOB",
    "NHS_NUMBER",
    "NI_NUMBER",
    "PRISON_NUMBER",
    "PNC_ID",
    "CRN",
    "VEHICLE_REG",
    "CARD",
    "PLACE",
    "URL",
    "HANDLE",
    "BANK_ACCOUNT",
    "CRO_NUMBER",
    "IP_ADDRESS",
    "ID_NUMBER",
)
# When spans overlap, the merged span takes the type earliest in this order.
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "PLACE",
            "EMAIL",
            "URL",
            "IP_ADDRESS",
            "CARD",
            "BANK_ACCOUNT",
            "NHS_NUMBER",
            "NI_NUMBER",
            "PRISON_NUMBER",
            "PNC_ID",
            "CRO_NUMBER",
            "CRN",
            "DOB",
            "ADDRESS",
            "POSTCODE",
            "VEHICLE_REG",
            "PHONE",
            "HANDLE",
            "ID_NUMBER",
            "NAME",
            "LISTED_NAME",
        )
    )
}
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(PLACEHOLDER_TYPES) + r")\]")
_NAME_WORD = re.compile(r"(?<![\w#@])[^\W\d_]+(?!\w)")  # a whole word: not inside "Michael5SOS" or "#Tag"
_LOOSE = frozenset({"PHONE", "ID_NUMBER", "NAME"})  # finders an ordinary date or time overrides
_APOSTROPHE = re.compile("['’‘]")  # "Big Al's" also matches "Big Al’s"
_LISTED = "LISTED_NAME"  # an organisation's own name: no date, time or town keeps it; stored as [NAME]
DEFAULT_ALLOW = (
    "NHS",
    "GP",
    "A&E",
    "Jobcentre",
    "Universal Credit",
    "DWP",
    "Samaritans",
    "Shelter",
    "Mind",
    "Crisis",
    "Probation",
    "Police",
    "Council",
    "Ambulance",
    "Hospital",
    "Salvation Army",
)


@dataclass(frozen=True)
class Entity:
    """One removed detail: its placeholder type and offsets into the original text."""

    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Redaction:
    """The redacted text and what was removed from where."""

    text: str
    entities: tuple[Entity, ...]

    def counts(self) -> dict[str, int]:
        """How many of each type were removed, e.g. ``{"NAME": 2}``."""
        return dict(Counter(e.type for e in self.entities))


class Anonymiser:
    """Finds and replaces personal details.

    ``places`` are the organisations' own venue and place names, removed as ``[PLACE]``; ``names``
    are an organisation's own names (a local nickname a facilitator caught), removed as ``[NAME]``
    wherever they stand as whole words, in any case, whatever the name finder makes of them.
    """

    def __init__(self, places: Iterable[str] = (), allow: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        allowed = {a.strip().lower() for a in (*DEFAULT_ALLOW, *allow) if a.strip()}
        self._allowed = frozenset(w for a in allowed for w in a.split())
        self._names = NameFinder(self._allowed, towns=welsh_places())  # "staff yng Nghaerdydd" in English
        self._welsh_names: NameFinder | None = None  # built on the first Welsh answer
        self._places = _whole_words(places)
        self._listed = _whole_words(names)

    def anonymise(self, text: str, language: str | None = None) -> Redaction:
        """Redact ``text``; never raises, and redacting a redaction changes nothing.

        ``language`` ("cy", "en" or "mixed") says how to read the words; when it is not given it
        is detected from them. Welsh and mixed text is read with Welsh grammar and vocabulary.
        """
        held = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        names = self._finder(language or detect(text))
        found = list(self._find(text, {s + 1 for s, _ in held}, names))
        spans = _resolve(found, held)
        again = _repeated_names(text, spans) if names is not self._names else []
        if again:
            spans = _resolve(found + again, held)
        spans = [("NAME" if t == _LISTED else t, s, e) for t, s, e in spans]
        return Redaction(_replace(text, spans), tuple(Entity(t, s, e) for t, s, e in spans))

    def _finder(self, language: str) -> NameFinder:
        if not language.lower().startswith(("cy", "mixed")):
            return self._names
        if self._welsh_names is None:
            self._welsh_names = NameFinder(
                self._allowed, welsh_name_lists(), welsh_vocabulary(), welsh_towns(), welsh_ordinary
            )
        return self._welsh_names

    def _find(self, text: str, blocked: set[int], names: NameFinder) -> Iterable[Found]:
        if self._places is not None:
            for m in self._places.finditer(text):
                yield "PLACE", m.start(), m.end()
        if self._listed is not None:
            for m in self._listed.finditer(text):
                yield _LISTED, m.start(), m.end()
        yield from find_identifiers(text)
        yield from find_spoken_phones(text)
        yield from find_dates(text)
        yield from find_addresses(text)
        yield from names.find(text, blocked)


def _whole_words(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for the phrases as whole words, any run of spaces between words.

    A phrase with a bracket is left out: it could only match inside a placeholder.
    """
    words = sorted({" ".join(p.split()) for p in phrases if p.strip() and not {"[", "]"} & set(p)}, key=len,
                   reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(_APOSTROPHE.sub("['’‘]", re.escape(x)) for x in w.split()) for w in words)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _resolve(found: list[Found], held: list[tuple[int, int]]) -> list[Found]:
    """Drop what a keep-span or placeholder covers, then merge overlapping spans."""
    keep = [(s, e) for t, s, e in found if not t] + held
    spans = sorted(
        (t, s, e)
        for t, s, e in found
        if t
        and e > s
        and not any(ks <= s and e <= ke for ks, ke in keep if t in _LOOSE or (ks, ke) in held)
        and not any(hs < e and s < he for hs, he in held)
    )
    spans.sort(key=lambda f: (f[1], -f[2]))
    merged: list[Found] = []
    for t, s, e in spans:
        if merged and s < merged[-1][2]:
            mt, ms, me = merged[-1]
            best = mt if _PRIORITY[mt] <= _PRIORITY[t] else t
            merged[-1] = (best, ms, max(me, e))
        else:
            merged.append((t, s, e))
    return merged


def _repeated_names(text: str, spans: list[Found]) -> list[Found]:
    """Every other occurrence of a word taken as a name: once a name, always a name.

    Why: Welsh names are often words ("Roedd Heulwen yno ... yn yr heulwen", "Gwyn ... crys
    gwyn"): the name would otherwise still be in the stored text, and a reader cannot tell which
    one was the person. Only Welsh and mixed text: in English it cost more precision than it
    gained recall on the evaluation sets.
    """
    words = {w.lower() for t, s, e in spans if t == "NAME" for w in _NAME_WORD.findall(text, s, e) if len(w) > 2}
    if not words:
        return []
    covered = [(s, e) for _, s, e in spans]
    extra: list[Found] = []
    for m in _NAME_WORD.finditer(text):
        if m.group().lower() in words and not any(s <= m.start() < e for s, e in covered):
            extra.append(("NAME", m.start(), m.end()))
    return extra


def _replace(text: str, spans: list[Found]) -> str:
    parts: list[str] = []
    last = 0
    for t, s, e in spans:
        parts.append(text[last:s])
        parts.append(f"[{t}]")
        last = e
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _default() -> Anonymiser:
    return Anonymiser()


def anonymise(text: str, language: str | None = None) -> Redaction:
    """Redact ``text`` with the default anonymiser (no organisation places)."""
    return _default().anonymise(text, language)


def anonymise_jsonl(lines: Iterable[str], out: TextIO, anonymiser: Anonymiser | None = None) -> int:
    """Read ``{"id", "text", "language"?}`` lines, write ``{"id", "redacted", "entities"}`` lines.

    The text is cleaned as every answer is (NFKC, no format characters) and read in its detected
    language, with a line's ``language`` as the hint; entity offsets point into the text as given.
    Returns the number of lines written.
    """
    engine = anonymiser or _default()
    count = 0
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        clean = normalise(str(record.get("text", "")))
        hint = record.get("language")
        result = engine.anonymise(clean.text, detect(clean.text, hint=hint if isinstance(hint, str) else None))
        entities = []
        for e in result.entities:
            start, end = clean.raw_span(e.start, e.end)
            entities.append({"type": e.type, "start": start, "end": end})
        out.write(json.dumps({"id": record.get("id"), "redacted": result.text, "entities": entities}) + "\n")
        count += 1
    return count
