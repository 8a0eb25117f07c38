"""Ordinary Welsh words and Welsh proper nouns, read at run time from the installed aspell-cy.

Why: in Welsh text "Beth", "Mae", "Mawrth" or "Heddlu" at the start of a sentence are words,
not names, and a hand-typed list would always miss forms (Welsh mutates the first letter of a
word: "Mawrth", "fis Fawrth"; "Caerdydd", "yng Nghaerdydd"). Debian's ``aspell-cy`` package
(GPL-2.0; read from the installed dictionary, never copied into this repository) holds about
350,000 word forms with their mutations, and capitalised place names, months and days. Its
word list is a ``prezip`` file: each entry is one byte giving how many characters of the previous
word to keep, plus one, then the new ending, in ISO-8859-14. Nothing is downloaded.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Where Debian, Fedora and Homebrew install aspell word lists.
_SEARCH = (
    Path("/usr/share/aspell/cy.cwl.gz"),
    Path("/usr/lib/aspell/cy.cwl.gz"),
    Path("/usr/share/aspell/cy.cwl"),
    Path("/usr/local/share/aspell/cy.cwl.gz"),
    Path("/opt/homebrew/share/aspell/cy.cwl.gz"),
)
_ENTRY = re.compile(rb"([\x01-\x1f])([^\x00-\x1f]*)")

# First-letter mutations: soft, nasal and aspirate. Longest radical first ("ll" before "l").
_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"))
_NASAL = (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))
_VOWELS = "aeiouwyâêîôûŵŷ"
_ACCENTED = frozenset("âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ")
_PLAIN = str.maketrans("âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ", "aeiouwyaeiouwyaeiouwyaeiouwy")


@dataclass(frozen=True)
class WelshLexicon:
    """Lower-case Welsh word forms: ordinary words, and proper nouns (places, months, days)."""

    words: frozenset[str]
    proper: frozenset[str]  # with every mutation
    listed: frozenset[str] = frozenset()  # as the word list has them, and their nasal forms

    def __bool__(self) -> bool:
        return bool(self.words)


def mutations(word: str, nasal_only: bool = False) -> set[str]:
    """The soft, nasal and aspirate mutations of a lower-case word, and its h- form.

    ``nasal_only``: just the nasal forms ("yng Nghaerdydd", "ym Mangor"), which no English word
    shares; the soft and aspirate forms can ("Crist" gives "Christ").
    """
    out: set[str] = set()
    for table in (_NASAL,) if nasal_only else (_SOFT, _NASAL, _ASPIRATE):
        for radical, mutated in table:
            if word.startswith(radical) and len(word) > len(radical) + 1:
                out.add(mutated + word[len(radical) :])
                break
    if word[:1] in _VOWELS and not nasal_only:
        out.add("h" + word)
    return out


def decode_prezip(data: bytes) -> list[str]:
    """The entries of an aspell ``prezip`` word list (already un-gzipped)."""
    out: list[str] = []
    previous = b""
    for m in _ENTRY.finditer(data):
        previous = previous[: m.group(1)[0] - 1] + m.group(2)
        out.append(previous.decode("iso8859-14"))
    return out


def _read() -> list[str]:
    for path in _SEARCH:
        if path.is_file():
            raw = path.read_bytes()
            return decode_prezip(gzip.decompress(raw) if path.suffix == ".gz" else raw)
    return []


@lru_cache(maxsize=1)
def welsh_lexicon() -> WelshLexicon:
    """Build the Welsh word sets once per process (empty when aspell-cy is not installed)."""
    words: set[str] = set()
    proper: set[str] = set()
    listed: set[str] = set()
    for entry in _read():
        entry = entry.replace("’", "'")
        if entry[:1].isupper():
            base = entry.lower()
            proper.add(base)
            proper.update(mutations(base))
            listed.add(base)
            listed.update(mutations(base, nasal_only=True))
        else:
            words.add(entry)
            if not _ACCENTED.isdisjoint(entry):
                words.add(entry.translate(_PLAIN))  # texted without the circumflex: "sal", "ty", "dwr"
    return WelshLexicon(frozenset(words), frozenset(proper), frozenset(listed))
