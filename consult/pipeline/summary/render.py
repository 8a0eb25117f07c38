"""Words and shapes for a summary: the narrative paragraph, Markdown and a JSON-ready dict.

Everything here reads only shown figures (a suppressed cell's value is None), so a hidden count
cannot reappear in prose or an export.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from consult.pipeline.summary.suppression import Cell, Group
from consult.pipeline.summary.types import Summary, ThemeSummary

_NARRATED = 5
_TONE_WORDS = {"positive": "mostly positively", "neutral": "mostly neutrally or with mixed views",
               "negative": "mostly negatively"}


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _change(points: float | None) -> str:
    if points is None or abs(points) < 1:
        return ""
    return f", {'up' if points > 0 else 'down'} {abs(points):g} points on the earlier consultation"


def narrative(answered: Cell, themes: Sequence[ThemeSummary], threshold: int) -> str:
    """A plain-English paragraph built from the shown figures of one question."""
    if answered.value is None:
        return f"Fewer than {threshold} people answered this question, so no figures are shown."
    sentences = [f"{_people(answered.value)} answered this question."]
    shown = [t for t in themes if t.count.value is not None]
    for i, theme in enumerate(shown[:_NARRATED]):
        count = theme.count.value
        share = f" ({theme.percent:g}%)" if theme.percent is not None else ""
        tone = f", {_TONE_WORDS[theme.mostly]}" if theme.mostly else ", with no single view"
        who = f"by {count} of {answered.value} people" if i == 0 else f"by {count}"
        sentences.append(f"{theme.name} was raised {who}{share}{tone}{_change(theme.change_points)}.")
    hidden = sum(1 for t in themes if t.count.value is None)
    if hidden:
        who = "One other theme was" if hidden == 1 else f"{hidden} other themes were each"
        sentences.append(f"{who} raised by fewer than {threshold} people.")
    if not themes:
        sentences.append("No themes were coded for the answers yet.")
    return " ".join(sentences)


def _group_dict(group: Group) -> dict[str, Any]:
    return {"total": group.total.display, "cells": {k: c.display for k, c in group.cells.items()}}


def to_dict(summary: Summary) -> dict[str, Any]:
    """A JSON-ready dict: counts as shown ("fewer than 10", "not shown" or the number)."""
    return {
        "consultation": summary.consultation,
        "threshold": summary.threshold,
        "respondents": summary.respondents.display,
        "by_channel": _group_dict(summary.by_channel),
        "by_venue_type": _group_dict(summary.by_venue_type),
        "questions": [{
            "id": q.question_id, "question": q.question, "answered": q.answered.display,
            "narrative": q.narrative,
            "themes": [{"name": t.name, "count": t.count.display, "percent": t.percent,
                        "sentiment": _group_dict(t.sentiment), "mostly": t.mostly,
                        "quotes": list(t.quotes), "change_points": t.change_points} for t in q.themes],
        } for q in summary.questions],
    }


def _table(title: str, group: Group) -> list[str]:
    lines = [f"| {title} | people |", "|---|---|"]
    lines += [f"| {name} | {cell.display} |" for name, cell in sorted(group.cells.items())]
    return [*lines, f"| total | {group.total.display} |", ""]


def to_markdown(summary: Summary) -> str:
    """The summary as Markdown: who answered, then per question the story, themes and quotes."""
    lines = [f"# {summary.consultation}", "",
             f"{summary.respondents.display} people took part. Counts below {summary.threshold} "
             "are shown as \"fewer than\"; some others are not shown so they cannot be worked out.", ""]
    lines += _table("channel", summary.by_channel) + _table("venue type", summary.by_venue_type)
    for q in summary.questions:
        lines += [f"## {q.question}", "", q.narrative, ""]
        if q.themes:
            lines += ["| theme | people | % | positive | neutral | negative |", "|---|---|---|---|---|---|"]
            for t in q.themes:
                share = f"{t.percent:g}" if t.percent is not None else ""
                tones = " | ".join(t.sentiment.cells[k].display for k in ("positive", "neutral", "negative"))
                lines.append(f"| {t.name} | {t.count.display} | {share} | {tones} |")
            lines.append("")
        for t in q.themes:
            if t.quotes:
                lines += [f"### {t.name}", ""] + [f"> {quote}" for quote in t.quotes] + [""]
    return "\n".join(lines).rstrip() + "\n"
