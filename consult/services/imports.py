"""Importing responses typed up from paper or a forum session, from a CSV file.

The whole file is checked first and nothing is stored unless every row is good, so a mistake
never leaves half an import behind. Free text goes through the same anonymiser as every other
channel before it is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, Question, QuestionKind, Response
from consult.pipeline.anonymise import Anonymiser
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_choice, store_raw_text
from consult.services.consultations import UnknownConsultation

MAX_ROWS = 10_000


@dataclass(frozen=True)
class ImportProblem:
    """One problem, where a person can find it in their spreadsheet (row 1 is the header)."""

    row: int | None
    column: int | None
    header: str
    message: str

    def __str__(self) -> str:
        where = [f"Row {self.row}" if self.row else "", f"column {self.column} ({self.header})" if self.column else ""]
        place = ", ".join(part for part in where if part)
        return f"{place[:1].upper()}{place[1:]}: {self.message}" if place else self.message


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def problem(self, row: int | None, column: int | None, header: str, message: str) -> None:
        found = ImportProblem(row, column, header, message)
        self.problems.append(found)
        self.errors.append(str(found))


# A cell starting with one of these is run as a formula when a spreadsheet opens an export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value: str) -> str:
    """Store a formula-like answer as plain text (a leading apostrophe), as OWASP advises."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def decode_csv(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 as spreadsheets save it."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "The file was not UTF-8; it was read as Windows-1252."


def _column_for(question: Question, headers: list[str]) -> str | None:
    wanted = {f"q{question.position}", question.text_en.strip().lower()}
    return next((h for h in headers if h.strip().lower() in wanted), None)


YES_WORDS = {"yes", "y", "ie", "do", "ydw", "oes"}
NO_WORDS = {"no", "n", "na", "naddo", "nac ydw", "nac oes"}


def _choice_value(question: Question, given: str) -> str | None:
    """The option a typed answer means: its value, its English or Welsh label, or yes/no words."""
    needle = given.strip().lower()
    for option in question.options:
        if needle in (option["value"].lower(), option.get("en", "").lower(), option.get("cy", "").lower()):
            return option["value"]
    if question.options:
        return None
    if question.kind is QuestionKind.YES_NO:
        return "yes" if needle in YES_WORDS else "no" if needle in NO_WORDS else None
    return needle if question.kind is QuestionKind.SCALE and needle in {"1", "2", "3", "4", "5"} else None


def import_responses(
    slug: str, raw: bytes, *, venue_name: str | None, mediated: bool, limit: int, truncate: bool = False,
    venue_id: int | None = None,
) -> ImportReport:
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    venue = consultation_data.get_venue_by_name(venue_name) if venue_name else None
    venue = consultation_data.get_venue(venue_id) if venue_id is not None else venue
    report = ImportReport()
    if (venue_name or venue_id is not None) and venue is None:
        report.errors.append(f"No venue called {venue_name!r}")
        return report
    text, note = decode_csv(raw)
    if note:
        report.notes.append(note)
    try:
        reader = csv.DictReader(io.StringIO(text.replace("\0", ""), newline=""))
        rows = list(reader)
    except csv.Error as error:
        report.problem(reader.line_num or None, None, "", f"This is not a CSV file the import can read ({error})")
        return report
    questions = consultation_data.list_questions(consultation.id)
    headers = [h for h in (reader.fieldnames or []) if h is not None]
    columns = {q.id: _column_for(q, headers) for q in questions}
    if not rows or not any(columns.values()):
        report.errors.append("No answer columns found: name them q1, q2, … or by the question's English wording.")
        return report
    if len(rows) > MAX_ROWS:
        report.errors.append(f"The file has {len(rows):,} rows; import at most {MAX_ROWS:,} at a time.")
        return report
    _check_headers(headers, set(columns.values()), report)
    planned = [
        _plan_row(number, row, questions, columns, limit, truncate, report, headers)
        for number, row in enumerate(rows, start=2)
    ]
    if report.errors:
        return report
    anonymiser = anonymiser_for_organisations(venue.organisation_id if venue else None)
    today = datetime.now(UTC).date()
    for answers, participants in planned:
        response = response_data.create_response(
            consultation.id,
            Channel.FACILITATOR if mediated else Channel.IMPORT,
            today,
            venue_id=venue.id if venue else None,
            mediated=mediated,
            participant_count=participants,
        )
        for question, value in answers:
            _store(response, question, value, anonymiser, limit)
        report.imported += 1
    db.session.commit()
    return report


def _check_headers(headers: list[str], answer_columns: set[str | None], report: ImportReport) -> None:
    """Every column must be a question (by number or wording) or ``participants``: none is ignored."""
    for number, header in enumerate(headers, start=1):
        if header not in answer_columns and header.strip().lower() != "participants" and header.strip():
            report.problem(1, number, header, "not a question of this consultation (use q1, q2, … or the wording)")


def _plan_row(
    number: int,
    row: dict[str | None, str | None],
    questions: list[Question],
    columns: dict[int, str | None],
    limit: int,
    truncate: bool,
    report: ImportReport,
    headers: list[str] | None = None,
) -> tuple[list[tuple[Question, str]], int]:
    answers: list[tuple[Question, str]] = []
    headers = headers or [h for h in row if h is not None]
    if row.get(None):
        report.problem(number, len(headers) + 1, "", "more cells than the header row has columns")
    for question in questions:
        column = columns[question.id]
        value = (row.get(column) or "").strip() if column else ""
        if not value or column is None:
            continue
        where = (number, headers.index(column) + 1, column)
        if question.kind is QuestionKind.FREE_TEXT:
            if len(value) > limit and not truncate:
                report.problem(*where, f"{len(value):,} characters; the limit is {limit:,} "
                                       "(use --truncate to cut long answers)")
            answers.append((question, defuse_formula(value)))
        else:
            choice = _choice_value(question, value)
            if choice is None:
                report.problem(*where, f"{value[:40]!r} is not one of the options")
            else:
                answers.append((question, choice))
    if not any((value or "").strip() for key, value in row.items() if key is not None):
        report.problem(number, None, "", "no answers in this row (delete empty rows)")
    participants_header = next((h for h in headers if h.strip().lower() == "participants"), "participants")
    participants_text = (row.get(participants_header) or "1").strip() or "1"
    if not participants_text.isdigit() or not 1 <= int(participants_text) <= 500:
        column = headers.index(participants_header) + 1 if participants_header in headers else None
        report.problem(number, column, participants_header, "participants must be a whole number from 1 to 500")
        participants_text = "1"
    return answers, int(participants_text)


def _store(response: Response, question: Question, value: str, anonymiser: Anonymiser, limit: int) -> None:
    if question.kind is QuestionKind.FREE_TEXT:
        store_raw_text(response, question.id, value, anonymiser, limit)
    else:
        store_choice(response, question.id, value)
