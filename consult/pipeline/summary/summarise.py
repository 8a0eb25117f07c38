"""Summaries of a consultation per question, safe to publish: counts, themes, tone, quotes, story.

Input is plain data (``Response`` with its ``Answer`` list, already anonymised, themed and scored);
output is a frozen ``Summary``. Every count passes through small-number suppression (see
``suppression``), percentages and quotes follow it, and the narrative is written from the shown
figures only, so nothing hidden in a table leaks through the prose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from consult.pipeline.summary.quotes import representative
from consult.pipeline.summary.render import narrative, to_dict, to_markdown
from consult.pipeline.summary.suppression import Cell, Group, percent, suppress_count, suppress_group, threshold_for
from consult.pipeline.summary.types import Answer, QuestionSummary, Response, Summary, ThemeSummary

__all__ = ["Answer", "QuestionSummary", "Response", "Summary", "ThemeSummary", "summarise", "to_dict",
           "to_markdown"]

TONES = ("positive", "neutral", "negative")
_MOSTLY = 0.5


def _mostly(group: Group) -> str | None:
    """The tone of more than half the answers, judged only from shown cells."""
    if group.total.value is None:
        return None
    for tone in TONES:
        value = group.cells[tone].value
        if value is not None and value > _MOSTLY * group.total.value:
            return tone
    return None


def _earlier_percents(earlier: Summary | None, question_id: str, question: str) -> dict[str, float]:
    if earlier is None:
        return {}
    for q in earlier.questions:
        if q.question_id == question_id or q.question == question:
            return {t.name: t.percent for t in q.themes if t.percent is not None}
    return {}


def _question(question_id: str, question: str, answers: Sequence[Answer], threshold: int,
              earlier: Mapping[str, float]) -> QuestionSummary:
    answered = suppress_count(len(answers), threshold)
    counts = Counter(name for a in answers for name in set(a.themes))
    single_label = sum(counts.values()) == len(answers)
    cells = (suppress_group(counts, len(answers), threshold).cells if single_label and counts
             else {name: suppress_count(n, threshold) for name, n in counts.items()})
    themes = []
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        members = [a for a in answers if name in a.themes]
        tones = Counter(a.sentiment for a in members if a.sentiment in TONES)
        tone_counts = {tone: tones.get(tone, 0) for tone in TONES}
        cell = cells[name]
        sentiment = (suppress_group(tone_counts, len(members), threshold) if cell.value is not None else
                     Group({t: Cell(None, cell.reason, threshold) for t in TONES}, cell))
        share = percent(cell, answered)
        quotes = representative([a.text for a in members], [a.sentiment for a in members]) \
            if cell.value is not None else ()
        before = earlier.get(name)
        change = round(share - before, 1) if share is not None and before is not None else None
        themes.append(ThemeSummary(name, cell, share, sentiment, _mostly(sentiment), quotes, change))
    return QuestionSummary(question_id, question, answered, tuple(themes),
                           narrative(answered, themes, threshold))


def summarise(consultation: str, questions: Mapping[str, str], responses: Sequence[Response],
              published: bool = True, threshold: int | None = None,
              earlier: Summary | None = None) -> Summary:
    """Summarise ``responses`` for each free-text question in ``questions`` (id -> wording).

    ``published`` picks the default threshold (10, else 5 for staff views); ``threshold``
    overrides it (never below 3). ``earlier`` is a previous consultation's summary to compare with.
    """
    limit = threshold_for(published, threshold)
    people = len(responses)
    channels = Counter(r.channel for r in responses)
    venues = Counter(r.venue_type or "none" for r in responses)
    summaries = []
    for question_id, wording in questions.items():
        answers = [a for r in responses for a in r.answers if a.question_id == question_id and a.text.strip()]
        summaries.append(_question(question_id, wording, answers, limit,
                                   _earlier_percents(earlier, question_id, wording)))
    return Summary(consultation, limit, suppress_count(people, limit), suppress_group(channels, people, limit),
                   suppress_group(venues, people, limit), tuple(summaries))
