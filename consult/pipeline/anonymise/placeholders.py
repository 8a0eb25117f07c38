"""Placeholders are stored language-neutral ([NAME], [PHONE], ...) and shown in the page's language.

``display`` turns stored text into what a person reads; ``neutral`` turns what they send back
(perhaps with Welsh labels left in an edited answer) into the stored form again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from consult.pipeline.anonymise.anonymiser import PLACEHOLDER_TYPES

WELSH: dict[str, str] = {
    "NAME": "ENW",
    "PHONE": "RHIF FFÔN",
    "EMAIL": "E-BOST",
    "ADDRESS": "CYFEIRIAD",
    "POSTCODE": "COD POST",
    "DOB": "DYDDIAD GENI",
    "NHS_NUMBER": "RHIF GIG",
    "NI_NUMBER": "RHIF YSWIRIANT GWLADOL",
    "PRISON_NUMBER": "RHIF CARCHAR",
    "PNC_ID": "RHIF PNC",
    "CRN": "CYFEIRNOD ACHOS",
    "VEHICLE_REG": "RHIF COFRESTRU CERBYD",
    "CARD": "RHIF CERDYN",
    "PLACE": "LLE",
    "URL": "CYFEIRIAD GWE",
    "HANDLE": "ENW DEFNYDDIWR",
    "BANK_ACCOUNT": "CYFRIF BANC",
    "CRO_NUMBER": "RHIF CRO",
    "IP_ADDRESS": "CYFEIRIAD IP",
    "ID_NUMBER": "RHIF ADNABOD",
}
LABELS: dict[str, dict[str, str]] = {"cy": WELSH}

_STORED = re.compile(r"\[(" + "|".join(PLACEHOLDER_TYPES) + r")\]")
_SHOWN = {
    language: re.compile(r"\[(" + "|".join(re.escape(label) for label in sorted(labels.values(), key=len, reverse=True))
                         + r")\]")
    for language, labels in LABELS.items()
}
_TYPE_OF = {language: {label: kind for kind, label in labels.items()} for language, labels in LABELS.items()}


def display(text: str, language: str) -> str:
    """Stored text with its placeholders in ``language`` (English keeps the stored form)."""
    labels = LABELS.get(language)
    if not labels:
        return text
    return _STORED.sub(lambda match: f"[{labels.get(match.group(1), match.group(1))}]", text)


def neutral(text: str) -> str:
    """Text with any shown placeholder, in any language, back in its stored form."""
    for language, pattern in _SHOWN.items():
        text = pattern.sub(_back_to_stored(_TYPE_OF[language]), text)
    return text


def _back_to_stored(types: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda match: f"[{types[match.group(1)]}]"


def counts(text: str) -> dict[str, int]:
    """How many of each placeholder the stored text holds: what was removed and is still out."""
    return dict(Counter(match.group(1) for match in _STORED.finditer(text)))
