"""Person names found from name lists, capitalisation and cue words.

Why: messages are often all lower case ("my PO dave never calls"), so capitalisation cannot be
relied on. A word is taken as a name when it is a first name that is not also an ordinary
word, when a cue says a name follows ("my worker", "ask for", "PC", "Mr"), or when it is
capitalised mid-sentence and on a name list. First names are extended to the surname after them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set

from consult.pipeline.anonymise.identifiers import Found
from consult.pipeline.anonymise.name_lists import NameLists, name_lists
from consult.pipeline.anonymise.name_places import town_words
from consult.pipeline.anonymise.name_tokens import Tok, after_article, capitals_say_nothing, names_a_place, tokens
from consult.pipeline.anonymise.name_words import (
    CONTRACTION,
    DERIVED_ENDING,
    ENGLISH,
    INFLECTIONS,
    NOISE,
    PLACEHOLDER,
    Vocabulary,
)

_CACHE_SIZE = 50_000


class NameFinder:
    """Finds person names; ``allow`` holds lower-case words never taken as names."""

    def __init__(
        self,
        allow: Set[str] = frozenset(),
        lists: NameLists | None = None,
        vocabulary: Vocabulary = ENGLISH,
        towns: frozenset[str] | None = None,
        also_ordinary: Callable[[str], bool] | None = None,
    ) -> None:
        self._lists = lists or name_lists()
        self._allow = allow
        self._v = vocabulary
        self._towns = town_words() if towns is None else towns
        self._also_ordinary = also_ordinary  # a language's own word forms ("sy'n", "werthu", "seiciatrig")
        self._unknown_words: dict[str, bool] = {}

    def find(self, text: str, blocked: Set[int] = frozenset()) -> Iterator[Found]:
        """Name spans in ``text``; tokens starting at a ``blocked`` offset are skipped."""
        toks = tokens(text, blocked)
        maybe_names = self._lists.ambiguous if self._v.welsh else frozenset()
        shouting = capitals_say_nothing(toks, self._lists.common, self._v.stop, maybe_names)
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            if not self._is_name(toks, i, shouting, text):
                i += 1
                continue
            j = i + 1
            while j < len(toks) and self._extends(toks, j, text):
                j += 1
            if i > 0 and (not spans or spans[-1][1] < i) and self._leads(toks[i - 1], toks[i], text):
                i -= 1  # "Frank Lampard": a capitalised first name before a found surname
            elif (
                i > 0
                and toks[i - 1].word in self._v.stage_prefixes
                and not text[toks[i - 1].end : toks[i].start].strip()
            ):
                i -= 1  # "Lil Yachty", "DJ Khaled": the prefix is part of the name
            spans.append((i, j))
            i = j
        for a, b in self._coordinated(toks, spans, text):
            yield "NAME", toks[a].start, toks[b - 1].end

    def _coordinated(self, toks: list[Tok], spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
        """Add the unlisted word in "emma and kaite" or "Vin, Ty": joined to a found name."""
        named = {k for a, b in spans for k in range(a, b)}
        extra: list[tuple[int, int]] = []
        for a, b in spans:
            for k, step in ((b, 1), (a - 1, -1)):
                near = k + step if 0 <= k < len(toks) and toks[k].word in self._v.ands else k
                if not 0 <= near < len(toks) or near in named:
                    continue
                left, right = (toks[b - 1], toks[near]) if step == 1 else (toks[near], toks[a])
                gap = text[left.end : right.start].strip()
                surname = step == 1 and (left.word in self._lists.first or left.word in self._lists.popular)
                joined = (
                    gap in (",", "&")
                    or gap.lower() in self._v.ands
                    or (not gap and ((left.cap and right.cap) or surname))
                )
                if not joined:
                    continue  # "jared paavolainen" joins; "Mrs wood" and "show" after a surname do not
                other = toks[near]
                listed = other.cap and other.word in self._lists.ambiguous and near != k  # "Emyr a Glesni"
                if other.word not in self._v.stop and (self._unknown(other) or listed):
                    extra.append((near, near + 1))
                    named.add(near)
        return sorted(spans + extra)

    def _leads(self, prev: Tok, tok: Tok, text: str) -> bool:
        lists = self._lists
        return (
            prev.cap
            and tok.cap
            and text[prev.end : tok.start] == " "
            and prev.word not in self._v.stop
            and (prev.word in lists.first or (prev.word in lists.ambiguous and prev.word not in lists.verbal))
        )

    def _ordinary(self, w: str) -> bool:
        """An English word, or a regular inflection of one ("testicles", "humping", "sadly")."""
        common = self._lists.common
        if w in common:
            return True
        stem = CONTRACTION.sub("", w)
        if stem != w and (stem in common or stem in self._lists.verbal):
            return True  # "wasn't", "doesnt", "they'll"
        if "-" in w:
            return all(part in common or len(part) == 1 for part in w.split("-"))
        for suffix, repl in INFLECTIONS:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                stem = w[: -len(suffix)]
                doubled = suffix in ("ing", "ed") and stem[-1] == stem[-2:-1]  # "humming"
                if stem + repl in common or (doubled and stem[:-1] in common):
                    return True
        return self._also_ordinary is not None and self._also_ordinary(w)

    def _cue(self, toks: list[Tok], i: int, text: str) -> str:
        prev = toks[i - 1].word if i > 0 else ""
        prev2 = toks[i - 2].word if i > 1 else ""
        if prev in self._v.titles or prev in self._v.stage_prefixes:
            return "title"
        if prev in ("its", "it's") or (prev == "it" and toks[i - 1].possessive):
            return "weak"  # "it's Dave", but also "its awsome": only a known or capitalised name
        if (
            (prev2, prev) in self._v.naming_bigrams
            or (prev, "") in self._v.naming_bigrams
            or prev in self._v.naming_cues
        ):
            return "naming"
        if prev in self._v.relations or (prev2, prev) == ("thank", "you"):
            return "relation"
        if prev in self._v.greetings and not toks[i].starts_sentence:
            return "relation"  # "thanks Dave", but not "Diolch. Beth nesa?"
        if (
            i > 0
            and ":" in text[toks[i - 1].end : toks[i].start]
            and any(t.word in self._v.relations for t in toks[max(0, i - 4) : i])
        ):
            return "naming"  # "Key worker: Mirain", "Gweithiwr cefnogi tenantiaeth: Ceri Evans"
        if prev in self._v.subject_after:
            return "subject"  # Welsh puts the subject after the verb: "Roedd Branwen yn ...", "ma siwan a fi"
        if prev in self._v.copulas and any(
            t.word in self._v.relations or t.word in self._v.naming_cues for t in toks[max(0, i - 4) : i - 1]
        ):
            return "naming"  # "fy swyddog prawf ydy Gareth", "fy enw i yw Siân"
        return ""

    def _works_at(self, toks: list[Tok], i: int) -> bool:
        """``toks[i]`` is followed by "from/at (the/my) <workplace>"."""
        after = [t.word for t in toks[i + 1 : i + 4]]
        if not after or after[0] not in ("from", "at"):
            return False
        rest = after[1:]
        if rest and rest[0] in ("the", "my", "our"):
            rest = rest[1:]
        return bool(rest) and rest[0] in self._v.workplaces

    def _acts(self, toks: list[Tok], i: int, text: str) -> bool:
        """``toks[i]`` owns something or does something: "kapil's face", "Pyrion continues"."""
        if toks[i].possessive:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.tagged or nxt.word == "and" or text[toks[i].end : nxt.start].strip():
            return False
        return nxt.word in self._lists.finite or nxt.word in self._v.subject_next

    def _compound(self, w: str) -> bool:
        """Two ordinary words run together ("butthurt", "screwattack"), unless a name list has it."""
        lists = self._lists
        if len(w) < 7 or w in lists.first or w in lists.surnames:
            return False
        return any(w[:k] in lists.common and w[k:] in lists.common for k in range(3, len(w) - 2))

    def _unknown(self, tok: Tok) -> bool:
        """A word no list knows, that looks like a word rather than noise or a topic."""
        if tok.tagged or tok.word == PLACEHOLDER:
            return False
        known = self._unknown_words.get(tok.word)
        if known is None:
            known = self._unknown_word(tok.word)
            if len(self._unknown_words) < _CACHE_SIZE:  # bounded: free text has an open vocabulary
                self._unknown_words[tok.word] = known
        return known

    def _unknown_word(self, w: str) -> bool:
        return (
            len(w) > 2
            and not self._ordinary(w)
            and w not in self._v.not_names
            and w not in self._v.relations
            and w not in self._v.titles
            and w not in self._lists.adjectival
            and not NOISE.search(w)
            and not self._compound(w)
            and (w not in self._towns or w in self._lists.first)
            and not (DERIVED_ENDING.search(w) and w not in self._lists.first and w not in self._lists.surnames)
        )

    def _is_name(self, toks: list[Tok], i: int, shouting: bool, text: str) -> bool:
        tok, lists = toks[i], self._lists
        w = tok.word
        if (
            w in self._v.stop
            or w in self._allow
            or len(w) < 2
            or tok.tagged
            or (tok.cap and w in self._lists.adjectival)
        ):
            return False  # "Polish", "Chinese": a capital that marks a nationality, not a name
        if (
            self._v.welsh
            and tok.cap
            and (names_a_place(toks, i, text, self._v.institutions) or after_article(toks, i, text))
        ):
            return False
        cue = self._cue(toks, i, text)
        known = w in lists.first or w in lists.ambiguous or w in lists.surnames
        plain = not self._ordinary(w)
        if cue == "title":
            if toks[i - 1].word in self._v.noun_titles and not toks[i - 1].cap:
                return tok.cap or (known and plain)
            return known or tok.cap or plain
        ordinary_use = i > 0 and toks[i - 1].word in self._v.not_before_workplace_name  # "no joy from the council"
        if cue == "" and (w in lists.first or w in lists.ambiguous) and not ordinary_use and self._works_at(toks, i):
            return True
        if cue == "subject":  # a lower-case unknown word needs a predicate after it: "ma siwan a fi"
            after = toks[i + 1].word if i + 1 < len(toks) else ""
            told = tok.cap or after in self._v.predicates
            spoken = w in lists.spoken and after in self._v.predicates  # "mae bryn yn byw"
            return w in lists.first or (w in lists.ambiguous and tok.cap) or spoken or (told and self._unknown(tok))
        if cue:
            if w in lists.ambiguous and w in lists.verbal and cue == "relation":
                return tok.cap
            if w in lists.ambiguous or w in lists.first:
                return True
            placed = w in self._towns and not known  # "Gwasanaeth Prawf Cymru": a place, not a person
            titled = self._v.welsh and toks[i - 1].cap and not known and not plain  # "Gweithiwr Cymdeithasol"
            placed = placed or titled  # but "fy merch Alaw" is a name
            return (tok.cap and not tok.starts_sentence and not placed) or (
                self._unknown(tok) and (cue != "weak" or tok.cap)
            )
        if w in lists.first and (tok.cap or w in lists.popular):
            return len(w) > 2 or tok.cap
        prev = toks[i - 1].word if i > 0 else ""
        if (
            self._acts(toks, i, text)
            and self._unknown(tok)
            and prev not in self._v.determiners
            and (not tok.upper or shouting)
        ):
            return True  # "hangwani is slaying", "Womble knew": an unknown word as the subject
        if tok.upper and not shouting:
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.cap and tok.starts_sentence and nxt is not None and nxt.word in self._v.copulas:
            return w in lists.ambiguous and w not in lists.verbal  # "Gwawr ydy enw fy chwaer", "Llinos oedd yno"
        if tok.cap and not shouting:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.cap and nxt.word in lists.surnames and nxt.start - tok.end <= 2:
                return w in lists.ambiguous or (plain and w not in self._v.not_names)
            vocative = text.startswith((",", " ,"), tok.end) or (nxt is not None and nxt.word in self._v.addressed)
            if tok.starts_sentence and nxt is not None and (vocative or nxt.word == "and"):
                return self._unknown(tok)  # "Kenny, you", "Skhumba my brother", "Nightwing and"
            if tok.starts_sentence or prev in self._v.determiners or prev in self._v.place_prepositions:
                return False
            if w in lists.ambiguous:
                return w not in lists.verbal
            if w in lists.surnames and w not in self._towns and self._acts(toks, i, text):
                return True  # "whenever Trump says", "Link's side": a capitalised surname doing something
            return self._unknown(tok)
        return False

    def _extends(self, toks: list[Tok], j: int, text: str) -> bool:
        tok, prev, lists = toks[j], toks[j - 1], self._lists
        gap = text[prev.end : tok.start]
        if gap.strip(" .") or len(gap) > 3 or tok.word in self._v.stop or tok.word in self._allow:
            return False
        if prev.end - prev.start == 1 and gap.strip() != ".":
            return False
        w = tok.word
        if w in self._v.particles:
            k = j + 1
            while k < len(toks) and toks[k].word in self._v.particles:
                k += 1
            return k < len(toks) and toks[k].cap
        if tok.cap or (tok.upper and len(w) == 1):
            return w in lists.surnames or w in lists.first or not self._ordinary(w) or len(w) == 1
        return (w in lists.surnames and w not in lists.verbal and w not in lists.ambiguous) or w in lists.first
