"""The panel report: its PDF read back with pdftotext, its numbers checked against direct counts
from the database; the Welsh report; forum checks and "you said, we did"; the tables CSV."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import (
    Answer,
    AuditEvent,
    Consultation,
    ForumComment,
    ForumReview,
    Question,
    QuestionKind,
    Response,
    Theme,
)
from consult.services import reports, table_export
from tests.conftest import queue_test_url

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artefacts"
HEADINGS_EN = ("Purpose and statutory duty", "How we asked", "Who took part", "Results, question by question",
               "What people told us: themes and quotes", "You said, we did",
               "Checked by people with lived experience", "Limitations")
HEADINGS_CY = ("Diben a dyletswydd statudol", "Sut y gwnaethom ofyn", "Pwy gymerodd ran",
               "Canlyniadau, cwestiwn wrth gwestiwn", "Beth ddywedodd pobl wrthym: themâu a dyfyniadau",
               "Dywedoch chi, gwnaethon ni", "Wedi'i wirio gan bobl â phrofiad bywyd", "Cyfyngiadau")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is missing")


def _demo() -> Consultation:
    return db.session.scalars(select(Consultation)).one()


def _text(pdf: bytes) -> str:
    """The PDF's words as pdftotext reads them, with runs of whitespace made single spaces."""
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def _respondents(consultation: Consultation) -> int:
    return db.session.scalar(select(func.count(Response.id)).where(Response.consultation_id == consultation.id)) or 0


def _answered(question: Question) -> int:
    words = Answer.text.is_not(None) & (Answer.text != "")
    given = words if question.kind is QuestionKind.FREE_TEXT else Answer.choice.is_not(None)
    return db.session.scalar(select(func.count(Answer.id)).where(Answer.question_id == question.id, given)) or 0


def _with_forum_and_responses(consultation: Consultation) -> Theme:
    """A theme with the PCC's response, and a forum's comment on it with what changed."""
    theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id,
                                                   Theme.name.like("Police%"))).first()
    assert theme is not None
    theme.response_en = "We now fund mental health nurses in every custody suite."
    theme.response_cy = "Rydym bellach yn ariannu nyrsys iechyd meddwl ym mhob dalfa."
    review = ForumReview(consultation_id=consultation.id, forum_name="Riverside lived-experience group",
                         token_hash="a" * 64, expires_at=datetime.now(UTC) + timedelta(days=7))
    db.session.add(review)
    db.session.flush()
    db.session.add(ForumComment(review_id=review.id, theme_id=theme.id, body="This quote is not what we meant.",
                                staff_response="Quote replaced with one the group chose."))
    db.session.add(ForumComment(review_id=review.id, body="A theme about women's safety is missing."))
    db.session.commit()
    return theme


@needs_poppler
def test_the_pdf_has_every_section_and_the_numbers_the_database_gives(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        _with_forum_and_responses(consultation)
        people = _respondents(consultation)
        answered = {q.position: _answered(q) for q in consultation.questions}
        by_channel = dict(db.session.execute(select(Response.channel, func.count(Response.id))
                                             .where(Response.consultation_id == consultation.id)
                                             .group_by(Response.channel)).all())
        yes_no = next(q for q in consultation.questions if q.kind is QuestionKind.YES_NO)
        yes = db.session.scalar(select(func.count(Answer.id)).where(Answer.question_id == yes_no.id,
                                                                     Answer.choice == "yes"))
        pdf = reports.report_pdf(consultation.id, "en")
        title = consultation.title_en
    assert pdf.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert re.search(r"^Tagged:\s+yes$", info, re.M), "the PDF is tagged for screen readers"
    assert re.search(r"^Title:\s+" + re.escape(title), info, re.M)
    text = _text(pdf)
    assert title in text and "Report to the Police and Crime Panel" in text
    for heading in HEADINGS_EN:
        assert heading in text, heading
    assert people >= 10 and f"{people} responses in total." in text
    for position, count in answered.items():
        shown = f"Answered by {count}." if count >= 10 else "Answered by fewer than 10."
        assert shown in text, (position, shown)
    labels = {"kiosk": "Kiosk tablet", "sms": "Text message", "facilitator": "Entered by a facilitator"}
    for channel, count in by_channel.items():  # the demo's channels each have 10 or more
        assert count >= 10 and f"{labels[channel.value]} {count} {round(100 * count / people, 1):g}%" in text
    assert yes is not None and yes >= 10 and f"Yes {yes} " in text
    assert "We now fund mental health nurses in every custody suite." in text
    assert "This quote is not what we meant." in text and "Quote replaced with one the group chose." in text
    assert "A theme about women's safety is missing." in text and "No change recorded yet." in text
    assert "Police Reform and Social Responsibility Act 2011, section 5" in text
    assert "womens_centre" not in text


@needs_poppler
def test_the_welsh_pdf_has_welsh_headings(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        _with_forum_and_responses(consultation)
        pdf = reports.report_pdf(consultation.id, "cy")
        title = consultation.title_cy
    text = _text(pdf)
    assert title in text and "Adroddiad i'r Panel Heddlu a Throseddu" in text
    for heading in HEADINGS_CY:
        assert heading in text, heading
    assert "Rydym bellach yn ariannu nyrsys iechyd meddwl ym mhob dalfa." in text
    assert "Purpose and statutory duty" not in text


def test_a_consultation_without_welsh_gets_its_report_in_english(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        assert reports.report_language(consultation, "cy") == "cy"
        consultation.purpose_cy = ""
        assert reports.report_language(consultation, "cy") == "en"
        assert reports.report_language(consultation, "fr") == "en"


def _tables(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_tables_csv_shows_no_small_number_and_matches_the_database(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        people = _respondents(consultation)
        rows = _tables(table_export.tables_csv(consultation))
    assert list(rows[0]) == list(table_export.HEADER)
    counts = [row["People"] for row in rows]
    numbers = [int(value) for value in counts if value.isdigit()]
    assert numbers and min(numbers) >= 10, "a count under the published threshold of 10 is shown"
    assert "fewer than 10" in counts
    assert {row["Note"] for row in rows if row["People"] == "fewer than 10"} == {"hidden: a small number"}
    total = next(row for row in rows if row["Table"] == "Who took part" and row["Row"] == "All responses")
    assert total["People"] == str(people)
    assert any(row["Table"] == "Themes" for row in rows)
    assert "Kiosk tablet" in {row["Row"] for row in rows}


def test_a_theme_named_like_a_formula_is_defused_in_the_tables_csv(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id)).first()
        assert theme is not None
        theme.name = "=1+2"
        db.session.commit()
        rows = _tables(table_export.tables_csv(consultation))
    names = {row["Row"] for row in rows} | {row["Table"] for row in rows}
    assert "=1+2" not in names
    assert not any(value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())


def test_exporting_the_answers_is_recorded_in_the_audit_log(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        reports.export_answers(consultation)
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "answers.exported")).one()
        assert event.object_id == consultation.id


def test_the_pdf_is_made_by_a_background_job_when_a_queue_is_configured(demo: Flask) -> None:
    """A real RQ queue on a real Redis: the job renders the PDF and the page can fetch it."""
    redis_url = queue_test_url()
    from redis import Redis
    from rq import SimpleWorker

    from consult.services import report_jobs
    from consult.services.jobs import QUEUE_NAME, run_or_enqueue
    from consult.worker import report_pdf_job

    demo.config["REDIS_URL"] = redis_url
    Redis.from_url(redis_url).flushdb()
    with demo.app_context():
        consultation_id = _demo().id
        handle = run_or_enqueue(report_pdf_job, consultation_id, "cy")
        assert handle.id is not None
        assert report_jobs.pdf_job(handle.id, consultation_id).status == "queued"
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)
        done = report_jobs.pdf_job(handle.id, consultation_id)
        other = report_jobs.pdf_job(handle.id, consultation_id + 1)
    assert done.status == "finished" and done.language == "cy"
    assert done.pdf is not None and done.pdf.startswith(b"%PDF")
    assert other.status == "unknown" and other.pdf is None  # another consultation's page can't fetch it


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is missing")
def test_the_pdf_pages_are_drawn_for_the_readme(demo: Flask) -> None:
    """Pages of the demo report as PNGs in test-artefacts/ (the README shows one of them)."""
    with demo.app_context():
        consultation = _demo()
        _with_forum_and_responses(consultation)
        pdf = reports.report_pdf(consultation.id, "en")
    ARTEFACTS.mkdir(exist_ok=True)
    (ARTEFACTS / "report.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "4", str(ARTEFACTS / "report.pdf"),
                    str(ARTEFACTS / "report-page")], check=True)
    pages = sorted(p.name for p in ARTEFACTS.glob("report-page-*.png"))
    assert pages and pages[0] in {"report-page-1.png", "report-page-01.png"}  # zero-padded from 10 pages on


@pytest.mark.postgres
@needs_poppler
def test_the_report_and_exports_on_postgresql(pg_app: Flask) -> None:
    """The report's queries and the CSVs as production runs them (PostgreSQL)."""
    from consult.services.answer_export import answers_csv
    from consult.services.demo import seed_demo

    with pg_app.app_context():
        seed_demo()
        consultation = _demo()
        _with_forum_and_responses(consultation)
        people = _respondents(consultation)
        text = _text(reports.report_pdf(consultation.id, "en"))
        tables = _tables(table_export.tables_csv(consultation))
        answers = _tables(answers_csv(consultation))
    assert f"{people} responses in total." in text and "Quote replaced with one the group chose." in text
    assert next(r for r in tables if r["Row"] == "All responses")["People"] == str(people)
    assert len({row["Response"] for row in answers}) == people
