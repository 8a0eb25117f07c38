"""The screen itself: every rule in both languages, then what clears a match.

Both rule sets read every answer (people mix Welsh and English in one message), so there is no
language detection to get wrong. Each flag names the words that raised it.
"""

from __future__ import annotations

import re

from consult.pipeline.safeguarding import rules_cy, rules_cy_harm, rules_en_danger, rules_en_harm, rules_en_self
from consult.pipeline.safeguarding.context import mask_idioms, negated, resolved, story
from consult.pipeline.safeguarding.learned import default_screen
from consult.pipeline.safeguarding.normalise import normalise
from consult.pipeline.safeguarding.prefilter import Prefilter
from consult.pipeline.safeguarding.verdict import CATEGORIES, CHILD, DANGER, KIND_CATEGORY, SUICIDE, Safeguarding

_RULES = (*rules_en_self.RULES, *rules_en_harm.RULES, *rules_en_danger.RULES, *rules_cy.RULES, *rules_cy_harm.RULES)
_COMPILED = tuple((category, re.compile(pattern)) for category, pattern in _RULES)
_PREFILTER = Prefilter([pattern for _, pattern in _RULES])
# A match that carries its own negation ("dont want to live", "ddim isio byw") is not cleared by it.
_SELF_NEGATED = re.compile(
    r"^(?:dont|do not|didnt|doesnt|not|never|no|nae|nay|cant|cannot|wont|zero|ddim|dim|does dim|sdim|sa|sai|smo|so"
    r"|methu|ffili|ffaelu|alla|fedra|gallu|nid|neb|sneb|na|nad|nobody|no one|noone)\b"
)


def _cleared(category: str, text: str, match: re.Match[str]) -> bool:
    """Negation before the match, a resolved past around it, or someone else's story."""
    start, end = match.start(), match.end()
    if not _SELF_NEGATED.match(match.group(0)) and negated(text, start):
        return True
    own = category == SUICIDE
    others = category not in (CHILD, DANGER)  # a risk to a child or danger now matters whoever it is told about
    return resolved(text, start, end, own_past=own) or story(text, start, end, about_writer=own, others_count=others)


def assess_rules(text: str) -> Safeguarding:
    """The rules alone: explainable, every flag with the (normalised) words that raised it."""
    norm = normalise(text)
    masked = mask_idioms(norm)
    categories: set[str] = set()
    matched: list[str] = []
    for (category, pattern), possible in zip(_COMPILED, _PREFILTER.candidates(masked), strict=True):
        if not possible:
            continue
        for match in pattern.finditer(masked):
            if not match.group(0).strip() or _cleared(category, masked, match):
                continue
            categories.add(category)
            phrase = norm[match.start():match.end()].strip()
            if phrase not in matched:
                matched.append(phrase)
    ordered = tuple(c for c in CATEGORIES if c in categories)
    return Safeguarding(flagged=bool(ordered), categories=ordered, matched=tuple(matched))


def assess(text: str, language: str | None = None) -> Safeguarding:
    """Screen one answer: the rules, then the learned second opinion for what they did not flag.

    ``language`` is accepted for callers that know it and switches nothing off: both languages'
    rules and the model read every answer. Empty text is never flagged.
    """
    del language
    verdict = assess_rules(text)
    if verdict.flagged or not text.strip():
        return verdict
    model = default_screen()
    if not model.flags(text):
        return verdict
    opinion = model.opinion(text)
    category = KIND_CATEGORY.get(opinion.nearest_kind, SUICIDE)
    matched = (f"learned: like {opinion.nearest_kind.replace('_', ' ')}", *opinion.strongest)
    return Safeguarding(flagged=True, categories=(category,), matched=matched)
