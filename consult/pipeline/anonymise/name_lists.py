"""Name and common-word lists for the anonymiser, built once at run time.

Why: names are found by lookup, so the lists decide recall. First names and surnames come
from the installed Faker package (MIT) across the locales people in England and Wales come
from, and from the US Census 1990 name frequency files shipped by the ``names`` package (MIT;
the Census data is a US Government work in the public domain). Ordinary English words come
from the part-of-speech lexicon shipped with TextBlob (MIT; Brill's lexicon), so that a
lower-case "will" or "hope" is not taken for a name; its spelling list (word counts from public
domain books) says how common a word is. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections import Counter
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
    "en_AU",
    "en_CA",
    "da_DK",
    "fi_FI",
    "sv_SE",
    "no_NO",
    "et_EE",
    "hr_HR",
    "sl_SI",
    "id_ID",
    "es_MX",
    "es_CO",
    "pt_BR",
    "fr_CA",
    "de_AT",
    "nl_BE",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "sw",
    "ga_IE",
    "az_AZ",
)
# A Census first name that no Faker locale lists and that the spelling list counts this often is
# more likely a place, month or nationality ("america", "september", "irish"): left out, as are
# Census first names that are ordinary words ("walker", "ok").
_FREQUENT_WORD = 100
_PLACE_LIKE_COUNT = 20
_FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@dataclass(frozen=True)
class NameLists:
    """Lower-case lookup sets used by the name finder."""

    first: frozenset[str]  # first names that are not ordinary words: a name in any case
    ambiguous: frozenset[str]  # first names that are also ordinary words: need a cue or capital
    surnames: frozenset[str]  # family names (many are ordinary words too)
    common: frozenset[str]  # ordinary English words (lexicon entries that are not proper nouns)
    verbal: frozenset[str]  # words the lexicon tags first as verbs, modals or function words
    popular: frozenset[str] = frozenset()  # first names common enough to take in lower case alone
    finite: frozenset[str] = frozenset()  # verbs tagged past, third person present or participle, and modals
    adjectival: frozenset[str] = frozenset()  # capitalised adjectives ("Chinese", "Polish"): never a name
    spoken: frozenset[str] = frozenset()  # names that are also words, taken in lower case as a subject


def _faker_names() -> tuple[set[str], set[str], set[str]]:
    """First names, surnames, and the first names common enough to trust in lower case.

    A first name is common enough when an English-speaking locale lists it or at least two
    locales do: a lower-case "ute" or "vid" (one locale each) is more likely a word or typo.
    """
    first: set[str] = set()
    last: set[str] = set()
    seen: Counter[str] = Counter()
    english: set[str] = set()
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        names: set[str] = set()
        for attr in _FIRST_ATTRS:
            names.update(_ascii_words(getattr(provider, attr, ())))
        first |= names
        seen.update(names)
        if locale.startswith("en"):
            english |= names
        for attr in dir(provider):
            if attr.startswith("last_names"):
                last.update(_ascii_words(getattr(provider, attr)))
    return first, last, english | {w for w, n in seen.items() if n > 1}


def _census_names() -> tuple[set[str], set[str]]:
    """First names and surnames from the Census files shipped by the ``names`` package."""
    first: set[str] = set()
    last: set[str] = set()
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        return first, last
    folder = Path(spec.origin).parent
    for filename in ("dist.male.first", "dist.female.first", "dist.all.last"):
        path = folder / filename
        if not path.is_file():
            continue
        for line in path.read_text(encoding="ascii", errors="ignore").splitlines():
            parts = line.split()
            if len(parts) < 2 or not parts[0].isalpha():
                continue
            word = parts[0].lower()
            if filename == "dist.all.last":
                last.add(word)
            else:
                first.add(word)
    return first, last


def _word_counts() -> dict[str, int]:
    """How often each word occurs in TextBlob's spelling list (public domain books)."""
    counts: dict[str, int] = {}
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        return counts
    path = Path(spec.origin).with_name("en").joinpath("en-spelling.txt")
    if not path.is_file():
        return counts
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith(";") and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    return counts


def _ascii_words(names: object) -> set[str]:
    """Single-word, letter-only, lower-cased names (Latin script only)."""
    out: set[str] = set()
    for name in names:  # type: ignore[attr-defined]
        word = str(name).strip().lower().replace("’", "'")
        if word.replace("'", "").replace("-", "").isalpha() and len(word) > 1 and all(c < "\u0250" for c in word):
            out.add(word)
    return out


def _lexicon() -> tuple[set[str], set[str], set[str], set[str]]:
    """Ordinary words, verb-like words, finite verbs, and capitalised adjectives."""
    common: set[str] = set()
    verbal: set[str] = set()
    finite: set[str] = set()
    adjectival: set[str] = set()
    spec = importlib.util.find_spec("textblob")  # locate without importing (NLTK is slow)
    if spec is None or spec.origin is None:
        return common, verbal, finite, adjectival
    text = Path(spec.origin).with_name("en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2 or line.startswith(";"):
            continue
        word, tag = parts[0], parts[1]
        if tag == "JJ" and word.istitle() and word.isalpha():
            adjectival.add(word.lower())
        if word.islower() and word.isalpha() and tag != "NNP":
            common.add(word)
            if tag.startswith(("VB", "MD", "IN", "DT", "PRP", "CC", "RB", "TO", "WP", "WDT")):
                verbal.add(word)
            if tag in ("VBZ", "VBD", "VBN", "MD"):
                finite.add(word)
    return common, verbal, finite, adjectival


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


def extra_words(section: str) -> frozenset[str]:
    """One section of consult's own list (``data/anonymise_names_extra.txt``), lower case."""
    return frozenset(_extra().get(section, set()))


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """Build the lists once per process."""
    extra = _extra()
    first, last, popular = _faker_names()
    census_first, census_last = _census_names()
    common, verbal, finite, adjectival = _lexicon()
    common |= extra.get("ordinary", set())  # everyday words the 1990s lexicon lacks ("hostel")
    counts = _word_counts()
    sure = extra.get("first", set()) | extra.get("override", set())
    census = {w for w in census_first - common if w in first or counts.get(w, 0) < _PLACE_LIKE_COUNT}
    first |= census | sure
    popular |= census | sure
    last |= census_last
    # A first name that is also an English word stays a (cue-needing) name only when the Census
    # lists it too ("Grace", "Lily"); locale-only ones ("made", "floor", "job") are dropped.
    # Very frequent words ("my", "man", "love") are never names without a capital and a cue.
    first -= {w for w in first & common if w not in census_first or counts.get(w, 0) >= _FREQUENT_WORD}
    # Welsh first names: names in any case in Welsh text (see welsh_words); in English text only
    # with a capital or a cue, since some are English words too ("nest", "euros").
    first |= extra.get("ambiguous", set()) | sure | extra.get("welsh", set())
    ambiguous = ((first & common) | extra.get("ambiguous", set())) - sure
    return NameLists(
        first=frozenset(first - ambiguous),
        ambiguous=frozenset(ambiguous),
        surnames=frozenset(last),
        common=frozenset(common - sure),
        verbal=frozenset(verbal),
        popular=frozenset(popular - ambiguous),
        finite=frozenset(finite),
        adjectival=frozenset(adjectival - first - ambiguous),
    )
