"""The report a PCC's policy officer takes to the Police and Crime Panel, as HTML and PDF, and the
CSV exports beside it.

Every figure comes from the results API at the PUBLIC audience (published threshold, primary and
secondary suppression), so the report, its PDF, its CSV of tables and the public page can never
disagree or show a cell one of them hides. One template draws the screen page and the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from flask import current_app, render_template
from flask_babel import force_locale
from markupsafe import Markup

from consult.data import consultations as consultation_data
from consult.data import reports as report_data
from consult.extensions import db
from consult.models import Consultation, ForumReview
from consult.pipeline.summary.charts import group_chart
from consult.pipeline.summary.labels import label
from consult.pipeline.summary.results import LabelledGroup
from consult.pipeline.summary.suppression import Cell
from consult.services import audit
from consult.services.answer_export import answers_csv
from consult.services.report_pdf import html_to_pdf
from consult.services.results import Audience, Filters, Results, results_for, threshold_of

TEMPLATE = "reports/report.html"


class UnknownConsultation(LookupError):
    pass


def bilingual(consultation: Consultation) -> bool:
    """A consultation written in Welsh too gets its report in Welsh too."""
    return bool(consultation.title_cy.strip() and consultation.purpose_cy.strip())


def published_threshold() -> int:
    """The threshold every report and export uses (10 unless configured higher)."""
    return threshold_of(Audience.PUBLIC)


def report_language(consultation: Consultation, asked: str | None) -> str:
    return "cy" if asked == "cy" and bilingual(consultation) else "en"


@dataclass(frozen=True)
class ForumChange:
    """One comment a lived-experience forum made on the draft summary, and what staff did about it."""

    theme: str | None
    comment: str
    staff_response: str


@dataclass(frozen=True)
class ForumCheck:
    forum_name: str
    shared_on: date
    changes: list[ForumChange] = field(default_factory=list)


@dataclass(frozen=True)
class Raised:
    """Where a theme was raised: a question's number and how many raised it there (suppressed)."""

    position: int
    count: Cell


@dataclass(frozen=True)
class YouSaid:
    """One theme the PCC answered: where people raised it, and what was done."""

    name: str
    raised: list[Raised]
    response: str


@dataclass(frozen=True)
class Report:
    consultation: Consultation
    language: str
    bilingual: bool
    results: Results
    venues_by_type: list[tuple[str, int]]  # venue type value, number of venues (not people)
    forum_checks: list[ForumCheck]
    you_said: list[YouSaid]
    generated_on: date


def _forum_check(review: ForumReview, language: str) -> ForumCheck:
    changes = [
        ForumChange(
            (comment.theme.name_cy or comment.theme.name) if comment.theme and language == "cy"
            else comment.theme.name if comment.theme else None,
            comment.body,
            comment.staff_response,
        )
        for comment in review.comments
    ]
    return ForumCheck(review.forum_name, review.created_at.date(), changes)


def _you_said(results: Results, language: str) -> list[YouSaid]:
    """Each theme with a response once, however many questions it was raised under."""
    cy = language == "cy"
    found: dict[int, YouSaid] = {}
    for q in results.questions:
        for t in q.themes:
            response = t.response_cy if cy and t.response_cy else t.response_en
            if not response.strip():
                continue
            entry = found.setdefault(t.theme_id, YouSaid(t.name_cy if cy and t.name_cy else t.name, [], response))
            entry.raised.append(Raised(q.position, t.count))
    return list(found.values())


def build_report(consultation: Consultation, language: str = "en") -> Report:
    """Everything the report shows, at the published threshold."""
    results = results_for(consultation, Filters(), audience=Audience.PUBLIC)
    venues = report_data.count_venues_by_type(consultation.id)
    return Report(
        consultation=consultation,
        language=language,
        bilingual=bilingual(consultation),
        results=results,
        venues_by_type=sorted(((venue_type.value, n) for venue_type, n in venues.items()), key=lambda p: -p[1]),
        forum_checks=[_forum_check(r, language) for r in report_data.list_forum_reviews(consultation.id)
                      if r.comments or not r.revoked],  # a link withdrawn unused was no check
        you_said=_you_said(results, language),
        generated_on=datetime.now(UTC).date(),
    )


@dataclass(frozen=True)
class Charts:
    """Inline SVG charts of the report's groups (the same numbers are in the table beside each)."""

    by_channel: Markup
    by_venue_type: Markup
    by_language: Markup
    by_week: Markup
    questions: dict[int, Markup]


def _chart(group: LabelledGroup, title: str, language: str, chart_id: str) -> Markup:
    # the chart escapes every label and value itself, and names its font (WeasyPrint needs it)
    return Markup(group_chart(title, group, language=language, chart_id=chart_id))


def _charts(results: Results, language: str) -> Charts:
    cy = language == "cy"

    def titled(group: LabelledGroup, english: str, welsh: str, chart_id: str) -> Markup:
        return _chart(group, welsh if cy else english, language, chart_id)

    return Charts(
        by_channel=titled(results.by_channel, "Responses by way of answering", "Ymatebion fesul ffordd o ateb",
                          "chart-channel"),
        by_venue_type=titled(results.by_venue_type, "Responses by type of venue", "Ymatebion fesul math o leoliad",
                             "chart-venue-type"),
        by_language=titled(results.by_language, "Responses by language", "Ymatebion fesul iaith", "chart-language"),
        by_week=titled(results.by_week, "Responses by week", "Ymatebion fesul wythnos", "chart-week"),
        questions={q.question_id: _chart(q.options, q.wording_cy if cy and q.wording_cy else q.wording_en, language,
                                         f"chart-question-{q.position}")
                   for q in results.questions if q.options is not None},
    )


_MONTHS_CY = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
              "Tachwedd", "Rhagfyr")


def long_date(day: date, language: str) -> str:
    """"3 November 2026" or "3 Tachwedd 2026"."""
    month = _MONTHS_CY[day.month - 1] if language == "cy" else day.strftime("%B")
    return f"{day.day} {month} {day.year}"


@cache
def stylesheet() -> str:
    """The report's CSS, inlined into the PDF's HTML (WeasyPrint fetches nothing)."""
    return (Path(current_app.root_path).parent / "static" / "css" / "report.css").read_text(encoding="utf-8")


def report_html(consultation: Consultation, language: str = "en", *, for_print: bool = False,
                **screen: Any) -> str:
    """The report as one HTML document in ``language``; ``for_print`` leaves out the screen links."""
    report = build_report(consultation, language)
    with force_locale(language):
        return render_template(
            TEMPLATE, report=report, for_print=for_print, charts=_charts(report.results, language),
            stylesheet=Markup(stylesheet()) if for_print else "",  # our own file, inlined as it is
            day=lambda value: long_date(value, language),
            venue_label=lambda value: label("venue_type", value, language),
            **screen,
        )


def report_pdf(consultation_id: int, language: str = "en") -> bytes:
    """The PDF for the panel. Takes ids only, so a background job can run it."""
    consultation = consultation_data.get_consultation(consultation_id)
    if consultation is None:
        raise UnknownConsultation(consultation_id)
    return html_to_pdf(report_html(consultation, language, for_print=True))


def export_answers(consultation: Consultation) -> bytes:
    """The anonymised answers CSV; the export is recorded in the audit trail."""
    data = answers_csv(consultation)
    audit.record_by_current_user(audit.ANSWERS_EXPORTED, "consultation", consultation.id, via="answers_csv")
    db.session.commit()
    return data
