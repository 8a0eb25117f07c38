"""Keywords people text, in English and Welsh, and how we recognise them.

Matching ignores case, spaces and punctuation ("Stop.", " stop ", "S T O P") because
people type on small keypads in a hurry. The sets are data so a PCC can add local
words through configuration (``SMS_KEYWORDS``) without touching the state machine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

_STOP_PHRASES = re.compile(
    r"^\W*(please\s+|pls\s+|plz\s+)?("
    r"(stop|quit|no\s+more)\s+(texting|txting|messaging|sending|contacting|texts|messages|msgs)"
    r"|(don'?t|do\s+not|dont)\s+(text|txt|message|contact)\s+me"
    r"|leave\s+me\s+alone"
    r"|unsubscribe\s+me|take\s+me\s+off"
    r"|peidiwch\s+(a|â)\s+(tecstio|anfon|chysylltu)"
    r"|dim\s+mwy\s+o\s+(negeseuon|decstiau)"
    r"|gadewch\s+lonydd"
    r")",
    re.IGNORECASE,
)


# [^\W_] is exactly str.isalnum() (re's \w is isalnum() or "_"); one regex pass instead of
# a Python loop over every character, since every inbound text is squashed several times.
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Upper-case letters and digits only, so 'Voice!' and ' v oice' both read VOICE."""
    return _NOT_LETTER_OR_DIGIT.sub("", unicodedata.normalize("NFC", text).upper())


def is_stop_phrase(text: str) -> bool:
    """True for free text that asks us to stop ('stop texting me', 'peidiwch â tecstio')."""
    return bool(_STOP_PHRASES.match(text.strip()))


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(squash(w) for w in words)


@dataclass(frozen=True, slots=True)
class Keywords:
    """Words with a fixed meaning; every set is compared after :func:`squash`."""

    stop: frozenset[str] = field(
        default_factory=lambda: _set(
            [
                "STOP",
                "STOPALL",
                "UNSUBSCRIBE",
                "CANCEL",
                "END",
                "QUIT",
                "STOPIO",
                "DIWEDD",
                "DAD-DANYSGRIFIO",
            ]
        )
    )
    start: frozenset[str] = field(default_factory=lambda: _set(["START", "UNSTOP", "DECHRAU", "AILDDECHRAU"]))
    help: frozenset[str] = field(default_factory=lambda: _set(["HELP", "INFO", "CYMORTH", "HELPU", "GWYBODAETH"]))
    skip: frozenset[str] = field(default_factory=lambda: _set(["SKIP", "PASS", "NEXT", "NESAF", "HEPGOR"]))
    yes: frozenset[str] = field(
        default_factory=lambda: _set(
            ["YES", "Y", "YEAH", "YEP", "YA", "IE", "OES", "DO", "YDW", "YDY", "HOFFWN", "GWNAF"]
        )
    )
    no: frozenset[str] = field(
        default_factory=lambda: _set(
            [
                "NO",
                "N",
                "NOPE",
                "NAH",
                "NA",
                "NAGE",
                "NAC OES",
                "NADDO",
                "NAC YDW",
                "NA DIOLCH",
                "NO THANKS",
            ]
        )
    )
    english: frozenset[str] = field(default_factory=lambda: _set(["ENGLISH", "SAESNEG"]))
    welsh: frozenset[str] = field(default_factory=lambda: _set(["CYMRAEG", "WELSH"]))

    def extended(self, extra: Mapping[str, Iterable[str]]) -> Keywords:
        """A copy with more words added to the named sets (from configuration)."""
        changes = {name: getattr(self, name) | _set(words) for name, words in extra.items()}
        return replace(self, **changes)

    def classify(self, text: str) -> str | None:
        """The global keyword ``text`` is ('stop', 'start', ...), or None."""
        word = squash(text)
        if not word:
            return None
        for name in ("stop", "start", "help", "skip", "english", "welsh"):
            if word in getattr(self, name):
                return name
        return None

    def is_yes(self, text: str) -> bool:
        return squash(text) in self.yes

    def is_no(self, text: str) -> bool:
        return squash(text) in self.no


DEFAULT_KEYWORDS = Keywords()
