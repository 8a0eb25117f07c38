"""Name and common-word lists for the anonymiser, built once at run time.

Why: names are found by lookup, so the lists decide recall. First names and surnames come
from the installed Faker package (MIT) across the locales people in England and Wales come
from; ordinary English words come from the part-of-speech lexicon shipped with TextBlob
(MIT; Brill's lexicon), so that a lower-case "will" or "hope" is not taken for a name.
Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

FAKER_LOCALES = (
    "en_GB",
    "en_US",
    "en_IE",
    "en_IN",
    "en_NZ",
    "en_PK",
    "en_NG",
    "en_KE",
    "pl_PL",
    "ro_RO",
    "lt_LT",
    "sk_SK",
    "cs_CZ",
    "pt_PT",
    "it_IT",
    "es_ES",
    "fr_FR",
    "tr_TR",
    "tw_GH",
    "zu_ZA",
    "de_DE",
    "nl_NL",
    "bg_BG",
    "hu_HU",
    "lv_LV",
    "hi_IN",
    "fil_PH",
)
_FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@dataclass(frozen=True)
class NameLists:
    """Lower-case lookup sets used by the name finder."""

    first: frozenset[str]  # first names that are not ordinary words: a name in any case
    ambiguous: frozenset[str]  # first names that are also ordinary words: need a cue or capital
    surnames: frozenset[str]  # family names (many are ordinary words too)
    common: frozenset[str]  # ordinary English words (lexicon entries that are not proper nouns)
    verbal: frozenset[str]  # words the lexicon tags first as verbs, modals or function words


def _faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in _FIRST_ATTRS:
            first.update(_ascii_words(getattr(provider, attr, ())))
        for attr in dir(provider):
            if attr.startswith("last_names"):
                last.update(_ascii_words(getattr(provider, attr)))
    return first, last


def _ascii_words(names: object) -> set[str]:
    """Single-word, letter-only, lower-cased names (Latin script only)."""
    out: set[str] = set()
    for name in names:  # type: ignore[attr-defined]
        word = str(name).strip().lower().replace("’", "'")
        if word.replace("'", "").replace("-", "").isalpha() and len(word) > 1 and all(c < "\u0250" for c in word):
            out.add(word)
    return out


def _lexicon() -> tuple[set[str], set[str]]:
    common: set[str] = set()
    verbal: set[str] = set()
    spec = importlib.util.find_spec("textblob")  # locate without importing (NLTK is slow)
    if spec is None or spec.origin is None:
        return common, verbal
    text = Path(spec.origin).with_name("en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2 or line.startswith(";"):
            continue
        word, tag = parts[0], parts[1]
        if word.islower() and word.isalpha() and tag != "NNP":
            common.add(word)
            if tag.startswith(("VB", "MD", "IN", "DT", "PRP", "CC", "RB", "TO", "WP", "WDT")):
                verbal.add(word)
    return common, verbal


def _extra() -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current = ""
    path = resources.files("consult.pipeline").joinpath("data/anonymise_names_extra.txt")
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line:
            sections.setdefault(current, set()).update(line.lower().split())
    return sections


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """Build the lists once per process."""
    first, last = _faker_names()
    common, verbal = _lexicon()
    extra = _extra()
    sure = extra.get("first", set()) | extra.get("override", set())
    first |= sure
    ambiguous = ((first & common) | extra.get("ambiguous", set())) - sure
    return NameLists(
        first=frozenset(first - ambiguous),
        ambiguous=frozenset(ambiguous),
        surnames=frozenset(last),
        common=frozenset(common - sure),
        verbal=frozenset(verbal),
    )
