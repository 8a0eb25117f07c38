"""Safeguarding screen: does an answer suggest risk to life or of harm?

Rules, not a model: every flag names the words that raised it, so a facilitator can see why an
answer is in their queue. Recall comes first (a missed disclosure costs far more than a false
alarm), so the rules are broad, and only three things clear a match:

* an idiom that merely sounds violent ("killing time", "I'd kill for a brew", "dying for a fag");
* a negation just before the match in the same clause ("I'm not suicidal", "never hurt myself");
* for suicide, self-harm and danger, a clear marker that it is in the past ("I used to self harm",
  "years ago", "not any more"). Abuse and risk to a child are flagged whatever the tense: an
  historic disclosure is still a disclosure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUICIDE = "suicide_or_self_harm"
ABUSE = "abuse_or_violence"
CHILD = "child_at_risk"
DANGER = "immediate_danger"
CATEGORIES = (SUICIDE, ABUSE, CHILD, DANGER)


@dataclass(frozen=True)
class Safeguarding:
    """The screen's verdict: categories raised and the phrases that raised them."""

    flagged: bool
    categories: tuple[str, ...]
    matched: tuple[str, ...]


_ME = r"(?:my\s?self|me\s?self|mysel|myslef)"
_PERSON = (
    r"(?:he|she|they|him|her|them|someone|somebody|people|partner|boyfriend|girlfriend|husband|wife"
    r"|ex|dad|father|step\s?dad|mum|mother|brother|sister|uncle|cousin|fella|bloke|man|men|lads?"
    r"|officers?|police|coppers?|staff|guards?|screws?|dealers?|neighbours?)"
)
_CHILD_WORD = (
    r"(?:kids?|child|children|son|daughter|baby|babies|toddler|little\s+one|grandkids?|"
    r"grandchild(?:ren)?|niece|nephew|\d{1,2}\s*(?:yr|year)s?\s*old)"
)
_HARM_VERB = (
    r"(?:hits?|hitting|beats?|beating|beaten|batters?|battered|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|strangl(?:es|ed|ing)|chok(?:es|ed|ing)|rap(?:es|ed|ing)|assault(?:s|ed|ing)?"
    r"|abus(?:es|ed|ing)|hurts?|hurting|attack(?:s|ed|ing)?|threaten(?:s|ed|ing)?|stab(?:s|bed|bing)?"
    r"|touch(?:es|ed|ing)|groom(?:s|ed|ing)|neglect(?:s|ed|ing)?|exploit(?:s|ed|ing)?|bull(?:y|ies|ied))"
)

_PATTERNS: tuple[tuple[str, str], ...] = (
    # suicide and self-harm (misspellings and text-speak included)
    (SUICIDE, r"\bsu+[ie]?c+[iy]?[dt]\w*|\bsuiside\w*|\bsucide\w*"),
    (SUICIDE, r"\b(?:kill|killing|killed|top|topping|end|ending|hang|hanging)\s+" + _ME + r"\b"),
    (SUICIDE, r"\bk[iy]ll?\s+m[ey]\s?sel[fv]\b|\bkms\b"),
    (SUICIDE, r"\bend(?:ing)?\s+(?:it\s+all|my\s+life|things|it\b)"),
    (SUICIDE, r"\btake\s+my\s+(?:own\s+)?life\b|\btook\s+my\s+(?:own\s+)?life\b"),
    (SUICIDE, r"\bself[\s-]*har\w*|\bs/h\b|\bselfharm\w*"),
    (SUICIDE, r"\b(?:cut|cutting|cuts|burn|burning|burnt|harm|harming|hurt|hurting|starve|starving)\s+"
              r"(?:my\s?self|me\s?self)\b"),
    (SUICIDE, r"\b(?:slit|slash|cut)\w*\s+(?:my\s+)?(?:wrists?|arms?|legs?)\b"),
    (SUICIDE, r"\b(?:want|wanted|wanna|wish|wishing)\s+(?:to\s+)?(?:i\s+(?:was|were)\s+)?(?:die|dead)\b"),
    (SUICIDE, r"\bbetter\s+off\s+(?:dead|without\s+me)\b"),
    (SUICIDE, r"\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+(?:be\s+here|live|wake\s+up|go\s+on|be\s+alive)\b"),
    (SUICIDE, r"\b(?:no|nothing\s+to)\s+(?:reason|point)\s+(?:to\s+|in\s+)?(?:live|living|going\s+on)\b"),
    (SUICIDE, r"\bnot\s+worth\s+living\b|\bno\s+point\s+(?:in\s+)?(?:living|being\s+alive|anymore|any\s+more)"),
    (SUICIDE, r"\bcan'?t\s+(?:go\s+on|do\s+this\s+any\s*more|take\s+(?:it|any\s*more)\s+any\s*more)\b"),
    (SUICIDE, r"\b(?:take|taking|took|taken|do|did)\s+(?:an?\s+)?(?:overdose|od)\b|\boverdos\w*\s+on\s+purpose"),
    (SUICIDE, r"\b(?:all|whole\s+box\s+of|stockpil\w*)\s+(?:my\s+)?(?:pills|tablets|meds)\b"),
    (SUICIDE, r"\bdisappear\s+(?:for\s*ever|for\s+good)\b|\b(?:would|will|'d)\s+miss\s+me\s+(?:if|when)\s+i\b"),
    (SUICIDE, r"\bjump\w*\s+(?:off|in\s+front)\b|\bnoose\b"),
    (SUICIDE, r"\bnot\s+(?:going\s+to\s+|gonna\s+)?be\s+(?:around|here)\s+(?:much\s+)?(?:longer|for\s+long)\b"),
    # abuse and violence against the writer
    (ABUSE, r"\b" + _PERSON + r"\s+(?:(?:has|have|had|is|was|were|keeps?|kept|always|still|used\s+to)\s+)*"
            + _HARM_VERB + r"\s+(?:me|us)\b"),
    (ABUSE, r"(?:^|\b(?:i\s+(?:was|am|got|get|have\s+been|been)|i'?m|i'?ve\s+been|being|been|got)\s+)"
            r"(?:\w+\s+)?(?:raped|assaulted|abused|beaten|battered|attacked|stabbed|strangled|choked"
            r"|groomed|trafficked|exploited|spat\s+on|threatened|mugged|jumped|robbed)\b"),
    (ABUSE, r"\b(?:touched|groped|raped|assaulted|abused|attacked|punched|kicked|stabbed|strangled|choked"
            r"|battered|threatened|spat\s+(?:on|at))\s+me\b"),
    (ABUSE, r"\bbeat\s+me\s+up\b|\bbeaten\s+up\b|\bput\s+(?:his|her|their)\s+hands\s+on\s+me\b"),
    (ABUSE, r"\bdomestic\s+(?:abuse|violence)\b|\b(?:dv|dva)\b|\bcoercive\b"
            r"|\bcontrolling\s+(?:partner|relationship|me)\b"),
    (ABUSE, r"\b(?:scared|afraid|frightened|terrified)\s+(?:of|to\s+go\s+home\s+to)\s+(?:him|her|my\s+\w+)\b"),
    (ABUSE, r"\b(?:won'?t|doesn'?t|don'?t)\s+let\s+me\s+(?:leave|go\s+out|out|see|have\s+my)\b"),
    (ABUSE, r"\b(?:cuckoo(?:ed|ing)?|taken\s+over\s+my\s+(?:flat|house|place))\b"),
    (ABUSE, r"\b(?:rape|raped|sexual(?:ly)?\s+assault\w*|molest\w*)\b"),
    (ABUSE, r"\babusive\s+(?:to|towards)\s+me\b"
            r"|\b(?:abusive|violent)\s+(?:partner|relationship|ex|husband|boyfriend)\b"),
    # a child at risk
    (CHILD, r"\b" + _CHILD_WORD + r"\b[^.!?]{0,40}?\b(?:is|are|was|were|being|been|gets?|got)\s+(?:\w+\s+)?"
            + _HARM_VERB + r"\b"),
    (CHILD, r"\b" + _HARM_VERB + r"\s+(?:my|the|our|her|his)\s+" + _CHILD_WORD + r"\b"),
    (CHILD, r"\b" + _CHILD_WORD + r"\b[^.!?]{0,40}?\b(?:not\s+safe|unsafe|in\s+danger|at\s+risk|left\s+alone"
            r"|scared\s+of\s+him|scared\s+of\s+her|violent|abusive|aggressive|going\s+hungry|no\s+food|starving)\b"),
    (CHILD, r"\bcounty\s+lines\b|\bchild\s+(?:sexual\s+|criminal\s+)?exploitation\b|\b(?:cse|cce)\b"
            r"|\bgroom(?:ed|ing)\b|\bunderage\b"),
    # immediate danger
    (DANGER, r"\b" + _PERSON + r"\s*(?:'s|is|are|'re|will|'ll)?\s*(?:going\s+to|gonna|gunna|gona|will|threatened\s+to"
             r"|threatening\s+to|says?\s+(?:he|she|they)\s*(?:'ll|will))\s+(?:kill|hurt|stab|shoot|do)\s+me\b"),
    (DANGER, r"(?:'d|'ll|\bhed|\bshed|\btheyd|\bwill|\bwould|going\s+to|gonna|gunna|threatened\s+to|tried\s+to)\s+"
             r"(?:kill|stab|shoot|hurt|batter|do)\s+me\b"),
    (DANGER, r"\b(?:he'?s|she'?s|they'?re|(?:he|she|someone|somebody|my\s+\w+)\s+is|they\s+are|someone'?s)\s+"
             r"(?:\w+\s+)?(?:outside|at\s+(?:my|the)\s+door"
             r"|banging\s+on|trying\s+to\s+get\s+in|coming\s+(?:for|after|round)|following\s+me)\b"),
    (DANGER, r"\b(?:i'?m|i\s+am|am)\s+(?:in\s+danger|not\s+safe|unsafe)\b|\b(?:don'?t|do\s+not|dont)\s+feel\s+safe\b"),
    (DANGER, r"\b(?:fear|scared|afraid|frightened)\s+for\s+my\s+(?:life|safety)\b|\bhelp\s+me\s+(?:please|now)\b"
             r"|\bplease\s+help\s+me\b"),
    (DANGER, r"\b(?:got|has|had|with|pulled)\s+a\s+(?:knife|blade|gun|machete|weapon)\b|\blocked\s+me\s+in\b"),
    (DANGER, r"\bnowhere\s+safe\b|\bon\s+the\s+(?:bridge|edge|roof|ledge)\b"),
)
_COMPILED = tuple((cat, re.compile(rx)) for cat, rx in _PATTERNS)

_IDIOMS = re.compile(
    r"\bkill(?:ing)?\s+(?:time|an?\s+hour|the\s+(?:time|boredom))\b|\b(?:kill|die)\s+for\s+(?:a|an|some)\b"
    r"|\bdying\s+(?:for|to)\b|\bto\s+die\s+for\b|\bmurder\b|\bkilling\s+it\b|\b(?:back|feet|legs?|head|knees?"
    r"|tooth|teeth|hip|shoulder)\s+(?:is|are|was|were)\s+killing\s+me\b|\bbored\s+to\s+death\b"
    r"|\bscared\s+to\s+death\b|\bdrug\s+(?:abuse|overdose)|\bsubstance\s+abuse\b|\balcohol\s+abuse\b"
    r"|\bsuicide\s+(?:prevention|awareness)\b|\b(?:phone|battery|car)\s+(?:died|dead)\b|\bdead\s+(?:good|nice|on|funny|bored)\b"
)
_NEGATION = re.compile(
    r"\b(?:not|never|no(?!\s+more)|don'?t|dont|didn'?t|didnt|doesn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|won'?t|wouldn'?t"
    r"|haven'?t|hasn'?t|nor|without|stopped|free\s+of|no\s+longer)\b"
)
_PAST = re.compile(
    r"\bused\s+to\b|\byears?\s+ago\b|\bin\s+the\s+past\b|\bwhen\s+i\s+was\s+(?:younger|a\s+(?:kid|teenager|child))\b"
    r"|\bno\s+longer\b|\bnot\s+(?:any\s*more|now)\b|\bclean\s+(?:for|since)\b|\bback\s+then\b|\bthese\s+days\s+i'?m\b"
)
_CLAUSE = re.compile(r"[.!?;\n]|\bbut\b|\bthough\b|\bhowever\b")
_NEGATION_WINDOW = 40
_NEGATION_WORDS = 4
_NEW_SUBJECT = re.compile(r"\b(?:i|i'?m|im|he|she|they|that|because|cos|cause|if|when)\b")
_UNNEGATABLE = re.compile(r"^(?:don'?t|do\s+not|dont)\b")


def _normalise(text: str) -> str:
    """Lower-case, straighten quotes, squash repeated letters and spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    return re.sub(r"[ \t]+", " ", text)


def _clause_before(text: str, start: int) -> str:
    """The part of the match's clause that comes before it, at most a few words back."""
    before = text[max(0, start - _NEGATION_WINDOW):start]
    parts = _CLAUSE.split(before)
    return parts[-1] if parts else ""


def _clause_around(text: str, start: int, end: int) -> str:
    """The whole clause holding the match, for past-tense markers."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE.search(text, end)
    return text[left:right_match.start() if right_match else len(text)]


def _negated(before: str) -> bool:
    """A negation among the last few words, not followed by a new subject ("don't know I'm ...")."""
    words = before.split()[-_NEGATION_WORDS:]
    tail = " ".join(words)
    found = list(_NEGATION.finditer(tail))
    return bool(found) and not _NEW_SUBJECT.search(tail[found[-1].end():])


def _cleared(category: str, text: str, match: re.Match[str]) -> bool:
    """True when negation or (for suicide and danger) a past-tense marker defuses the match."""
    if not _UNNEGATABLE.match(match.group(0)) and _negated(_clause_before(text, match.start())):
        return True
    return category in (SUICIDE, DANGER) and bool(_PAST.search(_clause_around(text, match.start(), match.end())))


def assess(text: str) -> Safeguarding:
    """Screen one (anonymised) answer; never raises, empty text is not flagged."""
    norm = _normalise(text)
    masked = _IDIOMS.sub(lambda m: " " * len(m.group(0)), norm)
    categories: list[str] = []
    matched: list[str] = []
    for category, pattern in _COMPILED:
        for match in pattern.finditer(masked):
            if _cleared(category, masked, match):
                continue
            if category not in categories:
                categories.append(category)
            phrase = norm[match.start():match.end()].strip()
            if phrase not in matched:
                matched.append(phrase)
    ordered = tuple(c for c in CATEGORIES if c in categories)
    return Safeguarding(flagged=bool(ordered), categories=ordered, matched=tuple(matched))
