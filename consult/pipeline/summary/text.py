"""A consultation's results as Markdown and as a JSON-ready dict, from the shown figures only.

Used by ``consult summarise``. Closed questions, themes with their tone, quotes (each once),
the date range and the method are all here; a hidden count appears only as its words.
"""

from __future__ import annotations

from typing import Any

from consult.pipeline.summary.results import LabelledGroup, QuestionResult, Results

METHOD = (
    "Answers came by text message, on kiosk tablets at partner venues, and from facilitators who typed up "
    "what people said in forums (marked as entered on their behalf).",
    "Every written answer was anonymised before it was stored: names, phone numbers, addresses, dates of "
    "birth, reference numbers and named places were replaced with labels such as [NAME] or [PLACE].",
    "Written answers were coded against the consultation's theme codebook (an answer can have more than one "
    "theme) and scored for tone; staff reviewed and corrected the coding, and their decisions win.",
)


def _suppression(results: Results) -> str:
    return (f"Counts below {results.threshold} are shown as \u201cfewer than {results.threshold}\u201d; some "
            "others are \u201cnot shown\u201d so that a smaller number can't be worked out from a total. "
            f"No quote comes from a group of fewer than {results.threshold} people.")


def _dates(results: Results) -> str:
    if results.first_day is None or results.last_day is None:
        return "Dates are not shown."
    return f"Answers received from {results.first_day:%-d %B %Y} to {results.last_day:%-d %B %Y}."


Earlier = dict[str, dict[str, float]]  # question wording -> theme name -> percent shown


def earlier_percents(earlier: Results | None) -> Earlier:
    """An earlier consultation's shown theme percentages, matched later by question wording and theme name."""
    if earlier is None:
        return {}
    return {q.wording_en: {t.name: t.percent for t in q.themes if t.percent is not None} for q in earlier.questions}


def _change(q: QuestionResult, name: str, percent: float | None, earlier: Earlier) -> float | None:
    before = earlier.get(q.wording_en, {}).get(name)
    return None if percent is None or before is None else round(percent - before, 1)


def _group_dict(group: LabelledGroup) -> dict[str, Any]:
    return {"total": group.total.display,
            "cells": [{"key": i.key, "label": i.label_en, "label_cy": i.label_cy, "count": i.cell.display,
                       "percent": i.percent} for i in group.items]}


def _question_dict(q: QuestionResult, earlier: Earlier) -> dict[str, Any]:
    item: dict[str, Any] = {"id": q.question_id, "position": q.position, "kind": q.kind, "question": q.wording_en,
                            "question_cy": q.wording_cy, "answered": q.answered.display, "narrative": q.narrative,
                            "narrative_cy": q.narrative_cy}
    if q.options is not None:
        item["options"] = _group_dict(q.options)
        if q.kind == "scale":
            item["median"] = q.median_label or q.median
    else:
        item["themes"] = [{"name": t.name, "name_cy": t.name_cy, "count": t.count.display, "percent": t.percent,
                           "sentiment": _group_dict(t.sentiment), "quotes": [quote.text for quote in t.quotes],
                           "response": t.response_en, "change_points": _change(q, t.name, t.percent, earlier)}
                          for t in q.themes]
    return item


def to_dict(results: Results, earlier: Results | None = None) -> dict[str, Any]:
    """A JSON-ready dict: counts as shown ("fewer than 10", "not shown" or the number)."""
    return {
        "consultation": results.title_en, "consultation_cy": results.title_cy, "threshold": results.threshold,
        "first_day": results.first_day.isoformat() if results.first_day else None,
        "last_day": results.last_day.isoformat() if results.last_day else None,
        "method": [*METHOD, _suppression(results)],
        "respondents": results.respondents.display, "mediated": results.mediated.display,
        "group_entries": results.group_entries.display,
        "by_channel": _group_dict(results.by_channel), "by_venue_type": _group_dict(results.by_venue_type),
        "by_language": _group_dict(results.by_language), "by_week": _group_dict(results.by_week),
        "questions": [_question_dict(q, earlier_percents(earlier)) for q in results.questions],
    }


def _table(title: str, group: LabelledGroup) -> list[str]:
    lines = [f"| {title} | people | % |", "|---|---|---|"]
    lines += [f"| {i.label_en} | {i.cell.display} | {'' if i.percent is None else f'{i.percent:g}'} |"
              for i in group.items]
    return [*lines, f"| Total | {group.total.display} | |", ""]


def _question_lines(q: QuestionResult, earlier: Earlier) -> list[str]:
    lines = [f"## Question {q.position}: {q.wording_en}", "", q.narrative, ""]
    if q.options is not None:
        lines += _table("answer", q.options)
        if q.kind == "scale":
            lines += [f"Median: {q.median_label or q.median or 'not shown (some counts behind it are hidden)'}", ""]
        return lines
    if q.themes:
        tones = [i.label_en.lower() for i in q.themes[0].sentiment.items]
        compare = " change on earlier (points) |" if earlier else ""
        lines += ["| theme | people | % | " + " | ".join(tones) + " |" + compare,
                  "|---" * (3 + len(tones) + (1 if earlier else 0)) + "|"]
        for t in q.themes:
            share = "" if t.percent is None else f"{t.percent:g}"
            cells = " | ".join(i.cell.display for i in t.sentiment.items)
            change = _change(q, t.name, t.percent, earlier)
            extra = (f" {'' if change is None else f'{change:+g}'} |") if earlier else ""
            lines.append(f"| {t.name} | {t.count.display} | {share} | {cells} |{extra}")
        lines.append("")
    for t in q.themes:
        if t.quotes:
            lines += [f"### {t.name}", ""] + [f"> {quote.text}" for quote in t.quotes] + [""]
    return lines


def to_markdown(results: Results, earlier: Results | None = None) -> str:
    """Who took part, how, then per question its figures, themes and quotes."""
    lines = [f"# {results.title_en}", "", f"{results.respondents.display} people took part. {_dates(results)}", "",
             "## Method", "", *[f"- {line}" for line in (*METHOD, _suppression(results))], "",
             "## Who took part", "",
             f"Entered by a facilitator on people's behalf: {results.mediated.display}. "
             f"Group entries: {results.group_entries.display}.", ""]
    lines += _table("channel", results.by_channel) + _table("venue type", results.by_venue_type)
    lines += _table("language", results.by_language) + _table("week", results.by_week)
    before = earlier_percents(earlier)
    for q in results.questions:
        lines += _question_lines(q, before)
    return "\n".join(lines).rstrip() + "\n"
