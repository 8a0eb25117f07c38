"""The words the name finder reasons with: titles, cues, relations and words that are never names.

Kept apart from the finder so the vocabulary can be read and extended without reading the logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words: keeps long word lists readable."""
    return frozenset(text.split())


TITLES = _words(
    """
    mr mrs ms miss mx dr prof pc dc ds di dci dsi sgt sergeant inspector constable detective pcso
    judge rev reverend sir dame lady lord officer nurse doctor councillor cllr
    """
)
# Prefixes of performers' names, part of the name itself (unlike a title such as "PC").
STAGE_PREFIXES = _words("lil dj mc")
# Titles that are also everyday nouns ("the nurse till morning", "the officer was"): after these
# only a capitalised word, or a listed name that is not an ordinary word, is a name.
NOUN_TITLES = _words("sergeant inspector constable detective judge sir dame lady lord officer nurse doctor councillor")
NAMING_CUES = frozenset(
    ["called", "named", "name", "names", "call", "ask", "asked", "speak", "spoke", "talk", "talked", "see", "saw"]
)
NAMING_BIGRAMS = frozenset(
    {
        ("name", "is"),
        ("name", "was"),
        ("name's", ""),
        ("ask", "for"),
        ("asked", "for"),
        ("speak", "to"),
        ("spoke", "to"),
        ("talk", "to"),
        ("talked", "to"),
        ("known", "as"),
        ("goes", "by"),
        ("this", "is"),
        ("i", "am"),
        ("it's", ""),
        ("its", ""),
        ("me", "and"),
        ("me", "n"),
        ("and", "me"),
    }
)
# Words said to or about someone by name ("thanks dave", "tell jodie"): weaker than a naming
# cue, so a name that is also a verb ("tell may") still needs a capital.
GREETINGS = _words("hi hey hiya hello thanks thank cheers ta bye tell told love miss")
RELATIONS = _words(
    """
    worker po om officer manager mate mates friend pal partner boyfriend girlfriend bf gf ex husband
    wife son daughter brother sister bro sis cousin nan nana gran grandad uncle auntie aunt niece
    nephew solicitor lawyer counsellor psychiatrist cpn mentor sponsor keyworker landlord neighbour
    fella bloke lad girl kid kids mum dad
    """
)
PARTICLES = frozenset(
    [
        "van",
        "der",
        "de",
        "den",
        "la",
        "le",
        "von",
        "bin",
        "bint",
        "al",
        "el",
        "da",
        "di",
        "du",
        "dos",
        "del",
        "st",
        "mac",
    ]
)
PLACEHOLDER = "[placeholder]"  # stands for an earlier redaction: never a name, never a cue
STOP = _words(
    """
    [placeholder] a an the of in on at to for and or but is was were be been are am my me i we you
    he she they it this that these those with from by as so if then than not no yes do did does have
    has had get got go went come came just like love lol lmao omg pls plz thx ta ur u im ive id ill
    dont cant wont didnt isnt aint gonna wanna gotta tho cos coz cuz innit mate yeah yea ok okay hi
    hey hello bye thanks thank please sorry who what when where why how all any some every here
    there now today tomorrow yesterday very really too also only still even back out up down over
    again never ever always sometimes our your his her their them us him
    """
)

# "mark from the council", "will at probation": a listed name followed by where they work.
WORKPLACES = _words(
    """
    council probation hostel housing police station jobcentre centre dropin drop-in nhs gp surgery
    court courts rehab detox team office shelter charity mission church clinic hospital prison
    """
)
# Before these the word is a verb or a noun ("I may at", "no joy from"), not a name.
NOT_BEFORE_WORKPLACE_NAME = _words(
    "i you we they he she it no any some the a an more much little my your our their his her its of for with"
)
SUBJECT_NEXT = _words(
    """
    is was has had says said did does will would should could can cant just looks made makes gets
    got and never always told wants needs knows thinks
    """
)
# After a name at the start, these say the writer is talking to that person ("Skhumba my brother").
ADDRESSED = _words("i you u my your ur we please pls plz")
# Before these a capitalised word is a thing or a place ("the Kremlin", "in Leeds"), not a person.
DETERMINERS = _words(
    """
    the a an this these those my your our their its his her some every each no any next last
    """
)
PLACE_PREPOSITIONS = _words("in at into near around outside inside via on i we they it be ym yng")  # "ym Mangor"
# Endings of English nouns and adjectives the lexicon may lack ("lunacy", "obsolescence").
DERIVED_ENDING = re.compile(
    r"(?:tion|sion|ness|ment|ity|ism|ist|ence|ance|acy|ship|hood|ful|less|ous|ive|able|ible|ise|ize|ology|ical)s?$"
)
# Laughter, stretched words and keyboard noise ("hahahaha", "Awwwww", "ITTTTT") are not names.
NOISE = re.compile(r"(.)\1\1|^(?:h?[aeiou]h)+h?$|^(?:ha|he|hi|ho|lo|la)+h?$")
NOT_NAMES = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december christmas xmas easter eid diwali ramadan covid corona
    lol omg lmao rofl wtf tbh idk smh ikr btw fyi asap rip hiya ya yo ye im ive id ill dont cant
    wont didnt facebook whatsapp instagram snapchat tiktok youtube google twitter tesco asda aldi
    lidl greggs maccies mcdonalds spoons wetherspoons boots primark iphone methadone subutex
    buprenorphine spice mamba ket coke crack heroin
    """
)
# Endings stripped to find the word a form comes from ("wasn't", "calling", "lunacies").
CONTRACTION = re.compile(r"(?:n['’]?t|['’](?:ll|re|ve|d|m))$")
INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
    ("in", "ing"),
)


@dataclass(frozen=True)
class Vocabulary:
    """The cue and stop words of one language (or of several, joined with ``|``)."""

    titles: frozenset[str]
    stage_prefixes: frozenset[str]
    noun_titles: frozenset[str]
    naming_cues: frozenset[str]
    naming_bigrams: frozenset[tuple[str, str]]
    greetings: frozenset[str]
    relations: frozenset[str]
    particles: frozenset[str]
    stop: frozenset[str]
    workplaces: frozenset[str]
    not_before_workplace_name: frozenset[str]
    subject_next: frozenset[str]
    addressed: frozenset[str]
    determiners: frozenset[str]
    place_prepositions: frozenset[str]
    not_names: frozenset[str]
    ands: frozenset[str] = frozenset({"and"})  # joins two names: "emma and kaite"
    copulas: frozenset[str] = frozenset()  # "fy swyddog prawf ydy X": the copula names what came before
    subject_after: frozenset[str] = frozenset()  # verbs a subject follows (Welsh): "Roedd Branwen yn"
    predicates: frozenset[str] = frozenset()  # after a subject: "ma siwan a fi", "roedd dafydd yn"
    welsh: bool = False  # Welsh word order: "Ma'r X" (the X), "Gweithiwr Cymdeithasol" (social worker)
    institutions: frozenset[str] = frozenset()  # name a place, not a person: "Carchar Berwyn", "Gŵyl Dewi"

    def __or__(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})


ENGLISH = Vocabulary(
    titles=TITLES,
    stage_prefixes=STAGE_PREFIXES,
    noun_titles=NOUN_TITLES,
    naming_cues=NAMING_CUES,
    naming_bigrams=NAMING_BIGRAMS,
    greetings=GREETINGS,
    relations=RELATIONS,
    particles=PARTICLES,
    stop=STOP,
    workplaces=WORKPLACES,
    not_before_workplace_name=NOT_BEFORE_WORKPLACE_NAME,
    subject_next=SUBJECT_NEXT,
    addressed=ADDRESSED,
    determiners=DETERMINERS,
    place_prepositions=PLACE_PREPOSITIONS,
    not_names=NOT_NAMES,
)
