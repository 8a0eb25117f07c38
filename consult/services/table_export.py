"""Every summary table of a consultation as one CSV, at the published threshold.

The figures are the results API's at the PUBLIC audience, so a cell hidden in the report is
hidden here too, with the same words ("fewer than 10", "not shown"); nothing is recomputed.
"""

from __future__ import annotations

from collections.abc import Iterator

from consult.models import Consultation
from consult.pipeline.summary.results import LabelledGroup, Results
from consult.pipeline.summary.suppression import Cell
from consult.services.csv_export import csv_bytes
from consult.services.results import Audience, Filters, results_for

HEADER = ("Table", "Question number", "Question", "Row", "People", "Per cent", "Note")
Row = list[str | int | float | None]


def _count(cell: Cell) -> str | int:
    return cell.value if cell.value is not None else cell.display


def _note(cell: Cell) -> str:
    return {"primary": "hidden: a small number", "secondary": "hidden so a small number can't be worked out"}.get(
        cell.reason or "", "")


def _group(table: str, group: LabelledGroup, position: int | None = None, question: str = "") -> Iterator[Row]:
    for item in group.items:
        yield [table, position, question, item.label_en, _count(item.cell), item.percent, _note(item.cell)]
    yield [table, position, question, "Total", _count(group.total), None, _note(group.total)]


def _rows(results: Results) -> Iterator[Row]:
    for name, cell in (("All responses", results.respondents), ("Entered by a facilitator", results.mediated),
                       ("Group entries", results.group_entries)):
        yield ["Who took part", None, "", name, _count(cell), None, _note(cell)]
    yield from _group("Responses by way of answering", results.by_channel)
    yield from _group("Responses by type of venue", results.by_venue_type)
    yield from _group("Responses by language", results.by_language)
    yield from _group("Responses by week", results.by_week)
    for q in results.questions:
        yield ["Answered", q.position, q.wording_en, "Answered", _count(q.answered), None, _note(q.answered)]
        if q.options is not None:
            yield from _group("Answers", q.options, q.position, q.wording_en)
        if q.kind == "scale":
            yield ["Median", q.position, q.wording_en, "Median", q.median_label or q.median or "not shown", None,
                   "" if q.median is not None else "hidden: too few answers"]
        for t in q.themes:
            yield ["Themes", q.position, q.wording_en, t.name, _count(t.count), t.percent, _note(t.count)]
            for tone in t.sentiment.items:
                yield [f"Sentiment: {t.name}", q.position, q.wording_en, tone.label_en, _count(tone.cell),
                       tone.percent, _note(tone.cell)]


def tables_csv(consultation: Consultation) -> bytes:
    results = results_for(consultation, Filters(), audience=Audience.PUBLIC)
    return csv_bytes(HEADER, _rows(results))
