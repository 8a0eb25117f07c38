"""A plain-English paragraph per question, written only from the figures that are shown."""

from __future__ import annotations

from collections.abc import Sequence

from consult.pipeline.summary.results import LabelledGroup, ThemeResult
from consult.pipeline.summary.suppression import Cell

_NARRATED = 5
_MOSTLY = 0.5


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _mostly(tones: LabelledGroup) -> str:
    total = tones.total.value
    if total is None:
        return ""
    for item in tones.items:
        if item.cell.value is not None and item.cell.value > _MOSTLY * total:
            return f", mostly {item.label_en.lower()}"
    return ", with no single tone"


def question_narrative(kind: str, answered: Cell, options: LabelledGroup | None, themes: Sequence[ThemeResult],
                       threshold: int) -> str:
    if answered.value is None:
        if answered.reason == "primary":
            return f"Fewer than {threshold} people answered this question, so no figures are shown."
        return "The number who answered is not shown, so a smaller number can't be worked out."
    sentences = [f"{_people(answered.value)} answered this question."]
    if options is not None:
        shown = sorted((i for i in options.items if i.cell.value is not None), key=lambda i: -(i.cell.value or 0))
        if shown:
            top = shown[0]
            share = f" ({top.percent:g}%)" if top.percent is not None else ""
            sentences.append(f"The most common answer was \u201c{top.label_en}\u201d, "
                             f"chosen by {top.cell.value}{share}.")
        hidden = sum(1 for i in options.items if i.cell.value is None)
        if hidden:
            sentences.append(f"{hidden} answer{'s are' if hidden > 1 else ' is'} not shown because of small numbers.")
        return " ".join(sentences)
    shown_themes = [t for t in themes if t.count.value is not None]
    for i, theme in enumerate(shown_themes[:_NARRATED]):
        share = f" ({theme.percent:g}%)" if theme.percent is not None else ""
        who = f"by {theme.count.value} of {answered.value} people" if i == 0 else f"by {theme.count.value}"
        sentences.append(f"{theme.name} was raised {who}{share}{_mostly(theme.sentiment)}.")
    hidden = len(themes) - len(shown_themes)
    if hidden:
        who = "One other theme was" if hidden == 1 else f"{hidden} other themes were each"
        sentences.append(f"{who} raised by too few people to show.")
    if not themes:
        sentences.append("No themes have been coded for these answers yet.")
    return " ".join(sentences)
