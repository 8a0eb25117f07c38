"""Welsh for the name finder: its cue and grammar words, and name lists that know Welsh words.

Why: in Welsh text "Beth", "Mae", "Mawrth" and "Heddlu" are words, not names, while "diolch
Iwan" and "fy swyddog prawf ydy Gareth" name someone. The open vocabulary (every ordinary
Welsh word form and Welsh place name) comes from the installed aspell-cy word list
(``welsh_lexicon``); what is written here is grammar: the few function words, cues, titles and
colloquial spellings that say where a name stands, which a dictionary cannot say.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from consult.pipeline.anonymise.name_lists import NameLists, extra_words, name_lists
from consult.pipeline.anonymise.name_places import town_words
from consult.pipeline.anonymise.name_words import ENGLISH, Vocabulary
from consult.pipeline.anonymise.welsh_lexicon import mutations, welsh_lexicon


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words: keeps long word lists readable."""
    return frozenset(text.split())


def _mutated(text: str) -> frozenset[str]:
    """Words with their mutated forms ("swyddog", "swyddog"; "gweithiwr", "weithiwr", "ngweithiwr")."""
    base = _words(text)
    return base | frozenset(m for w in base for m in mutations(w))


# Spoken and texting Welsh the dictionary lacks ("dw i'n", "o'n i", "ma fe", "smo fi").
COLLOQUIAL = _words(
    """
    dw dwi dwin dwi'n o'n on odd oedd ma ma'r mae'n sa sai smo moyn isie ishe isio nath nes ges
    gath gaeth wnes naeth hefo efo chdi chi'n ni'n nhw'n fi'n ti'n fe'n fo'n hi'n jyst jest
    rili gallu galla gei geith dyw dydy dydi sdim sgen sgin gynno gynnon gen mae'r 'na 'ma na
    hynna hwnna honna fama fanna rwan rŵan leia lleia mwya di 'di medda meddai iwsio sbio
    cai câi caet caen caent gai gâi chai châi
    ia ie ydw nac nag ok diolch plis boi bois mamgu tadcu mam-gu tad-cu nain taid
    """
)
WELSH = Vocabulary(
    titles=_mutated("parch parchedig cwnstabl sarjant ditectif arolygydd cynghorydd"),
    stage_prefixes=_words("ap ab"),  # "Rhys ap Dafydd": the patronymic is part of the name
    noun_titles=_mutated("cwnstabl sarjant ditectif arolygydd swyddog cynghorydd nyrs meddyg barnwr"),
    naming_cues=_mutated("galw enw gweld welais holi"),
    naming_bigrams=frozenset(
        {
            ("gofynnwch", "am"),
            ("gofyn", "am"),
            ("ofyn", "am"),
            ("holwch", "am"),
            ("o'r", "enw"),
            ("enw", "yw"),
            ("enw", "ydy"),
            ("enw", "ydi"),
            ("enw", "oedd"),
            ("siarad", "â"),
            ("siarad", "ag"),
            ("siarad", "efo"),
            ("siarad", "hefo"),
            ("siarad", "gyda"),
            ("diolch", "i"),
            ("ddiolch", "i"),
            ("sef", ""),
        }
    ),
    greetings=_mutated("diolch helo haia shwmae hwyl cofion annwyl"),
    relations=_mutated(
        """
        swyddog gweithiwr ffrind ffrindiau mêt cariad gŵr gwraig partner mab merch brawd chwaer
        cefnder cyfnither mam tad nhad dad taid nain mamgu tadcu bos cyfreithiwr nyrs meddyg doctor
        cynghorydd cymydog landlord boi prawf cymorth cefnogi mentor allweddol
        """
    ),
    particles=_words("ap ab"),
    stop=_words(
        """
        y yr 'r a ac ag â ar at i o yn ym yng 'n fy dy ei ein eich eu mae oedd roedd yw ydy ydi
        wedi ddim dim ond neu fi ti chi nhw ni fe fo mi yma yna sy sydd bod fod gyda efo gan heb
        dros drwy trwy wrth pan pwy ble sut pam iawn dw dwi ma hefyd felly achos oherwydd
        be beth pa faint lle bob pob pawb bawb popeth neb rhywun rhywbeth hyn hynny hon hwn
        swyddog prawf heddlu llys canolfan ganolfan cyngor gyngor ysbyty tai dydd ddydd nos
        """
    ),
    workplaces=_mutated("heddlu llys canolfan hostel cyngor ysbyty swyddfa elusen meddygfa carchar"),
    not_before_workplace_name=_words("y yr fy dy ei ein eich eu dim unrhyw rhyw"),
    subject_next=frozenset(),
    addressed=_words("ti chi dw dwi plis"),
    # Before these a capitalised word is a thing, a time or a place: "ym mis Mai", "dydd Gwener",
    # "Ysbyty Gwynedd", "Canolfan Soar", "yng Nghaerdydd".
    determiners=_words("y yr 'r fy dy ei ein eich eu pob rhyw unrhyw")
    | _mutated(
        """
        mis dydd nos noson prynhawn bore ysbyty heddlu canolfan llys swyddfa sir stryd heol ffordd
        pont eglwys capel ysgol tŷ clwb tafarn siop coleg prifysgol parc carchar gorsaf cyngor
        """
    ),
    place_prepositions=_words("yn ym yng o i ger mewn ar am at i'r o'r tu nghanol ganol hyd tan ers"),
    not_names=frozenset(),
    ands=_words("a ac"),
    copulas=_words("yw ydy ydi oedd ydi'r yw'r ydy'r sy sy'n sydd fydd"),
    welsh=True,
    predicates=_words("yn wedi di 'di a ac efo gyda ddim heb"),
    institutions=_mutated(
        """
        carchar ysbyty ysgol canolfan gŵyl capel eglwys clwb cymdeithas prifysgol coleg gwasanaeth
        heddlu sir cyngor llys tŷ neuadd parc gorsaf swyddfa tafarn gwesty hostel banc
        """
    ),
    subject_after=_words(
        """
        mae ma roedd oedd doedd dydy dyw bydd fydd buodd fuodd bu nath naeth wnaeth aeth daeth
        ddaeth dwedodd ddwedodd dywedodd ddywedodd ffoniodd helpodd gafodd cafodd gath gaeth
        """
    ),
)

_CIRCUMFLEXED = frozenset("âêîôûŵŷ")
_ENCLITICS = _words("n r m th i w ch u na ma")
_RADICALS = (
    ("ngh", "c"),
    ("mh", "p"),
    ("nh", "t"),
    ("ng", "g"),
    ("ph", "p"),
    ("dd", "d"),
    ("b", "p"),
    ("d", "t"),
    ("g", "c"),
    ("f", "b"),
    ("f", "m"),
    ("l", "ll"),
    ("r", "rh"),
    ("m", "b"),
    ("n", "d"),
)
# Endings of Welsh adjectives, nouns and verb forms the dictionary may lack ("seiciatrig",
# "cynhwysol", "ffoniodd"): a word no list knows that ends so is taken for a word, not a name.
_ENDINGS = (
    "ol",
    "ig",
    "aidd",
    "iad",
    "iadau",
    "au",
    "iau",
    "wyr",
    "aeth",
    "iaeth",
    "odd",
    "ais",
    "aist",
    "wyd",
    "asai",
)


def welsh_ordinary(word: str) -> bool:
    """A Welsh word form the word list lacks: with an enclitic ("sy'n", "efo'r"), mutated
    ("werthu", "bawb"), spelt with a circumflex, or with a Welsh ending."""
    common = welsh_name_lists().common
    if "'" in word or "’" in word:
        parts = word.replace("’", "'").split("'")
        return all(not p or p in common or p in _ENCLITICS or len(p) == 1 for p in parts)
    for mutated, radical in _RADICALS:
        if word.startswith(mutated) and radical + word[len(mutated) :] in common:
            return True
    if word[:1] in "aeiouwyâêîôûŵŷ" and "g" + word in common:
        return True
    if word.startswith("h") and word[1:2] in "aeiouwy" and word[1:] in common:
        return True
    if not _CIRCUMFLEXED.isdisjoint(word):
        return True  # Welsh spelling of a loanword ("parêd", "sgrîn"); listed names keep theirs ("Siân")
    return len(word) > 4 and word.endswith(_ENDINGS)


@lru_cache(maxsize=1)
def welsh_vocabulary() -> Vocabulary:
    """English and Welsh cue words together: Welsh answers borrow English and mix the two.

    Three words change their meaning: "a" is "and" ("Emyr a Glesni"), not an article; "Sir"
    is a county ("Sir Benfro"), not a title; "i" is "to" ("ar ôl i Dewi farw"), and a person
    follows it as often as a place (places are known from the town lists and their mutations).
    """
    both = ENGLISH | WELSH
    return replace(
        both,
        determiners=both.determiners - {"a"},
        titles=both.titles - {"sir"},
        place_prepositions=both.place_prepositions - {"i"},
    )


@lru_cache(maxsize=1)
def welsh_name_lists() -> NameLists:
    """The English name lists, told which words are ordinary Welsh words and places.

    A first name that is also a Welsh word ("beth" what, "elin" elbow, "gwyn" white, "cai"
    would get) becomes ambiguous, so it needs a cue or a capital mid-sentence; Welsh proper
    nouns that no name list has (Caerdydd, Mawrth, Gwener) become ordinary words.
    """
    english, lexicon = name_lists(), welsh_lexicon()
    names = english.first | english.ambiguous | english.popular
    places = lexicon.proper - names
    ordinary = lexicon.words | COLLOQUIAL
    ambiguous = english.ambiguous | (english.first & ordinary)
    first = english.first - ambiguous
    return NameLists(
        first=first,
        ambiguous=ambiguous,
        surnames=(english.surnames - ordinary) | extra_words("surname"),
        common=english.common | ((ordinary | places) - first),
        verbal=english.verbal | WELSH.stop | COLLOQUIAL,
        popular=(english.popular | extra_words("welsh")) - ambiguous,
        spoken=(extra_words("welsh") | extra_words("first")) & ambiguous,  # "mae bryn yn byw"
        finite=english.finite,
        adjectival=english.adjectival,
    )


@lru_cache(maxsize=1)
def welsh_places() -> frozenset[str]:
    """UK and Irish towns, and Welsh place names with their nasal forms: for English text, where
    an English town is never mutated ("Folton" is a name, not Bolton after "i") and a soft or
    aspirate form can be an English word ("Christ" from "Crist")."""
    lists = name_lists()
    return town_words() | (welsh_lexicon().listed - lists.first - lists.ambiguous - lists.popular)


@lru_cache(maxsize=1)
def welsh_towns() -> frozenset[str]:
    """Places for Welsh text, where towns mutate too: "i Fangor", "yng Nghonwy"."""
    lists = name_lists()
    mutated = {m for town in town_words() for m in mutations(town)}
    proper = welsh_lexicon().proper - lists.first - lists.ambiguous - lists.popular
    return welsh_places() | proper | frozenset(mutated - lists.first)
