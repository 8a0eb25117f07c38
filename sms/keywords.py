"""Keywords people text, in English and Welsh, and how we recognise them.

Matching ignores case, width, spaces and punctuation ("Stop.", " stop ", "S T O P",
"ＳＴＯＰ") because people type on small keypads in a hurry, and a request to stop is
recognised in the words people use for it, not only the keyword. The sets are data so a PCC can add local
words through configuration (``SMS_KEYWORDS``) without touching the state machine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Requests to stop, read from the whole message (after NFKC, case folding and dropping
# format characters and politeness words), so "Stop please", "pls stop", "STOP STOP", "stopp",
# "ＳＴＯＰ", "stop it", "no more texts" and "gad lonydd i mi" stop us, while an answer that
# only mentions stopping ("the police should stop searching us") stays an answer.
_FILLER = _words(
    "please pls plz plse pleas plees pleeease plis now thanks ty thx ta ok okay k just mate sorry x xx "
    "xxx hi hello hey then right already asap again anymore anyway diolch nawr os gwelwch yn dda iawn "
    "wan rwan "
)
_STOP = r"(?:s+t+[o0]+p+s?|stopio|stopiwch|stopia)"
_STOP_WORD = rf"(?:{_STOP}|unsubscribe|unsub|quit|cancel|end|stopall|diwedd|optout)"
_TEXTS = r"(?:texts?|txts?|texting|txting|textin|messages?|msgs?|messaging|msging|sms|sending|contacting|calling)"
_WELSH_TEXTS = r"(?:negeseuon|neges|tecstiau|decstiau|tecstio|thecstio|nhecstio|tecsto|textio|anfon|cysylltu|chysylltu)"
_STOP_REQUEST = re.compile(
    r"^(?:"
    rf"{_STOP_WORD}(?: {_STOP_WORD})*"  # STOP, STOP STOP, stopp, stopiwch
    rf"|{_STOP} (?:it|this|that|all|them|these|everything)"  # stop it (not "end it": that is no keyword)
    rf"|(?:{_STOP_WORD}|no more|quit) {_TEXTS}(?: (?:me|us|to me|from you))?"  # stop texting me, no more texts
    r"|(?:(?:i|we) )?(?:want|wanna|would like|d like) to (?:stop|unsubscribe|opt out)"  # not "end this": a risk
    r"|(?:can|could) (?:you|we|i) (?:stop|unsubscribe)(?: (?:it|this|now|texting me|messaging me))?"
    r"|(?:don'?t|do not|dont|never) (?:text|txt|message|msg|contact|sms) me"
    r"|(?:unsubscribe|remove|delete) (?:me|my number)(?: from (?:this|the list|your list))?"
    r"|opt (?:me )?out|take me off(?: (?:this|the|your) list)?"
    r"|leave me alone|go away|not interested|(?:fuck|f|piss|sod) off"
    rf"|dim mwy o {_WELSH_TEXTS}|dim mwy o negeseuon testun|dim rhagor o {_WELSH_TEXTS}"
    r"|gad\w* (?:l|ll)onydd(?: i (?:mi|fi))?|gadael llonydd(?: i (?:mi|fi))?"
    rf"|(?:peidiwch|paid)(?: (?:â|a|ag))? (?:{_WELSH_TEXTS}|fy nhecstio)(?: {_WELSH_TEXTS})?"
    r"(?: (?:fi|i|i mi|ataf|ata i|eto|mwy))*"
    r"|peidiwch|dad danysgrifio|dad-danysgrifio"
    r")$"
)
_WORDS = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def words_of(text: str) -> list[str]:
    """Lower-case words after NFKC, with format characters (zero-width, bidi) removed."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    visible = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
    return _WORDS.findall(visible)


def is_stop_request(text: str, extra_words: frozenset[str] = frozenset()) -> bool:
    """True when the whole message asks us to stop (in English or Welsh, however typed)."""
    words = words_of(text)
    words = [w for i, w in enumerate(words) if w not in _FILLER and not (w == "you" and words[i - 1 : i] == ["thank"])]
    words = [w for w in words if w != "thank"]
    if not words:
        return False
    if all(squash(word) in extra_words for word in words):
        return True
    return bool(_STOP_REQUEST.match(" ".join(words)))


# Words that only Welsh uses (texting spellings included), for replying in Welsh to a text
# from a number we do not know; English words are counted against them.
_WELSH_MARKERS = _words(
    "helo shwmae shwmai sut mae ydw ydy dw dwi rydw rydych ydych chi fi ni nhw dim ddim yn yr y ar am "
    "gyda efo mewn beth pwy ble pryd pam faint diolch plis iawn ie na nage oes naddo bore da nos "
    "prynhawn hwyl croeso isio eisiau angen hefyd neu ond achos wedi cael cal gallu gallwch allwch "
    "cymraeg saesneg cymorth helpu nesaf hepgor stopio stopiwch dechrau diwedd llais arolwg neges "
    "negeseuon rhif hwn hon hyn sy sydd oedd roedd roeddwn fy dy ei ein eich eu i'r o'r a'r â'r gen gan "
    "gennych gennym wrth heddlu "
)
_ENGLISH_MARKERS = _words(
    "hi hello hey the a an is are was were what who where when why how you me my we they it this that "
    "and or but not no yes please thanks thank can do does did have has want stop text texts number "
    "survey police "
)


def looks_welsh(text: str) -> bool:
    """A rough guess from the words alone: more Welsh-only words than English ones."""
    words = words_of(text)
    welsh = sum(1 for word in words if word in _WELSH_MARKERS and word not in _ENGLISH_MARKERS)
    english = sum(1 for word in words if word in _ENGLISH_MARKERS and word not in _WELSH_MARKERS)
    return welsh > english


# [^\W_] is exactly str.isalnum() (re's \w is isalnum() or "_"); one regex pass instead of
# a Python loop over every character, since every inbound text is squashed several times.
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Upper-case letters and digits only (after NFKC), so 'Voice!', ' v oice' and 'ＶＯＩＣＥ' read VOICE."""
    return _NOT_LETTER_OR_DIGIT.sub("", unicodedata.normalize("NFKC", text).upper())


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
        """The global keyword ``text`` is ('stop', 'start', ...), or None. A request to stop
        in any words (:func:`is_stop_request`) is 'stop': it wins over reading an answer."""
        word = squash(text)
        if not word:
            return None
        if word in self.stop or is_stop_request(text, self.stop):
            return "stop"
        for name in ("start", "help", "skip", "english", "welsh"):
            if word in getattr(self, name):
                return name
        return None

    def is_yes(self, text: str) -> bool:
        return squash(text) in self.yes

    def is_no(self, text: str) -> bool:
        return squash(text) in self.no


DEFAULT_KEYWORDS = Keywords()
