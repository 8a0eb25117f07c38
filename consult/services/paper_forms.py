"""Paper forms typed into a spreadsheet: a template per consultation, and the upload.

The upload goes through the CSV import (``consult.services.imports``): every row is checked
first and nothing is stored unless all are good; free text is anonymised and screened like every
other answer. A facilitator may only import against their own organisation's venues.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from flask import current_app
from flask_babel import force_locale

from consult.data import consultations as consultation_data
from consult.data import entry as entry_data
from consult.extensions import db
from consult.models import Question, QuestionKind, User
from consult.services.audit import record_by_current_user as record
from consult.services.imports import ImportReport, import_responses
from consult.services.mediated_entry import EntryNotAvailable
from consult.services.questions import choices_for
from consult.services.safeguarding_queue import organisation_scope


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    question: str
    allowed: str


def template_columns(consultation_id: int) -> list[TemplateColumn]:
    """The template's columns, each with its question and what may be written in it."""
    columns = [TemplateColumn(f"q{q.position}", q.text_en, _allowed(q))
               for q in consultation_data.list_questions(consultation_id)]
    return [*columns, TemplateColumn("participants", "How many people the row speaks for (optional)", "1 to 500")]


def _allowed(question: Question) -> str:
    if question.kind is QuestionKind.FREE_TEXT:
        return f"Their words, up to {current_app.config['ANSWER_MAX_CHARS']:,} characters"
    return ", ".join(choice.label for choice in choices_for(question, "en"))


@dataclass(frozen=True)
class PrintedQuestion:
    column: str
    text_en: str
    text_cy: str
    free_text: bool
    choices: tuple[tuple[str, str], ...]  # (English, Welsh)


@dataclass(frozen=True)
class PrintedForm:
    title_en: str
    title_cy: str
    purpose_en: str
    purpose_cy: str
    questions: tuple[PrintedQuestion, ...]


def printed_form(consultation_id: int) -> PrintedForm:
    """The paper form in English and Welsh, numbered as the template's columns are."""
    consultation = entry_data.get_open_consultation(consultation_id)
    if consultation is None:
        raise EntryNotAvailable("No open consultation with that id.")
    questions = []
    for question in consultation_data.list_questions(consultation.id):
        english = [choice.label for choice in choices_for(question, "en")]
        with force_locale("cy"):
            welsh = [choice.label for choice in choices_for(question, "cy")]
        choices = tuple(zip(english, welsh, strict=True))
        questions.append(PrintedQuestion(f"q{question.position}", question.text_en, question.text_cy,
                                         question.kind is QuestionKind.FREE_TEXT, choices))
    return PrintedForm(consultation.title_en, consultation.title_cy, consultation.purpose_en, consultation.purpose_cy,
                       tuple(questions))


def template_csv(consultation_id: int) -> tuple[str, bytes]:
    """A header-only CSV in UTF-8 with a byte-order mark, so spreadsheets keep Welsh letters."""
    consultation = entry_data.get_open_consultation(consultation_id)
    if consultation is None:
        raise EntryNotAvailable("No open consultation with that id.")
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([c.header for c in template_columns(consultation.id)])
    return f"{consultation.slug}-paper-forms.csv", ("\ufeff" + out.getvalue()).encode("utf-8")


def import_paper_forms(user: User, consultation_id: int, venue_id: int, raw: bytes, mediated: bool) -> ImportReport:
    consultation = entry_data.get_open_consultation(consultation_id)
    venue = entry_data.get_venue(venue_id, organisation_scope(user))
    if consultation is None or venue is None:
        raise EntryNotAvailable("That consultation or venue is not available to you.")
    report = import_responses(consultation.slug, raw, venue_name=None, venue_id=venue.id, mediated=mediated,
                              limit=int(current_app.config["ANSWER_MAX_CHARS"]))
    if report.imported:
        record("import.saved", "consultation", consultation.id, responses=report.imported, venue_id=venue.id,
               mediated=mediated)
        db.session.commit()
    return report
