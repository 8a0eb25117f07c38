"""The answers CSV: opened back with the csv module, checked against the database."""

from __future__ import annotations

import csv
import io

from flask import Flask
from sqlalchemy import func, select

from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Answer, AnswerTheme, Channel, CodeStatus, Consultation, Question, QuestionKind, Response
from consult.services.answer_export import HEADER, answers_csv
from consult.services.csv_export import csv_bytes


def _read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _demo() -> Consultation:
    return db.session.scalars(select(Consultation)).one()


def test_every_stored_answer_is_one_row_with_human_labels(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        rows = _read(answers_csv(consultation))
        free_text = db.session.scalar(
            select(func.count(Answer.id)).join(Question).join(Response)
            .where(Response.consultation_id == consultation.id, Question.kind == QuestionKind.FREE_TEXT,
                   Answer.text.is_not(None), Answer.text != "")
        )
        closed = db.session.scalar(
            select(func.count(Answer.id)).join(Question).join(Response)
            .where(Response.consultation_id == consultation.id, Question.kind != QuestionKind.FREE_TEXT)
        )
        people = db.session.scalar(select(func.count(Response.id)).where(Response.consultation_id == consultation.id))
    assert list(rows[0]) == list(HEADER)
    assert len(rows) == free_text + closed
    assert len({row["Response"] for row in rows}) <= people
    assert {row["Channel"] for row in rows} <= {"Kiosk tablet", "Text message", "Entered by a facilitator"}
    assert "womens_centre" not in {row["Venue type"] for row in rows}
    assert {row["Sentiment"] for row in rows} <= {"", "Positive", "Neutral", "Negative", "Mixed"}
    assert any(row["Themes"] for row in rows)
    scale = [row for row in rows if row["Question number"] == "4"]
    assert scale and all(row["Answer"][0] in "12345" and "–" in row["Answer"] for row in scale)


def test_rejected_themes_are_left_out_and_no_database_id_leaves(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        code = db.session.scalars(select(AnswerTheme).order_by(AnswerTheme.id)).first()
        assert code is not None
        answer = db.session.get(Answer, code.answer_id)
        assert answer is not None
        answer.text = words = "They kept me waiting and nobody said why"  # one answer with these words
        theme_name = code.theme.name
        code.status = CodeStatus.REJECTED
        db.session.commit()
        rows = _read(answers_csv(consultation))
    row = next(r for r in rows if r["Answer"] == words)
    assert theme_name not in row["Themes"].split("; ")
    refs = {r["Response"] for r in rows}
    width = len(str(len(refs)))
    assert refs == {f"R{n:0{width}d}" for n in range(1, len(refs) + 1)}  # numbered afresh, not database ids


def test_a_formula_in_an_answer_is_made_plain_text(demo: Flask) -> None:
    with demo.app_context():
        consultation = _demo()
        question = next(q for q in consultation.questions if q.kind is QuestionKind.FREE_TEXT)
        response = response_data.create_response(consultation.id, Channel.SMS, consultation.opens_on)
        response_data.create_answer(response, question.id, text='=HYPERLINK("http://x.example","click")')
        db.session.commit()
        rows = _read(answers_csv(consultation))
    assert '\'=HYPERLINK("http://x.example","click")' in {row["Answer"] for row in rows}
    assert not any(value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())


def test_csv_cells_are_defused_but_numbers_stay_numbers() -> None:
    data = csv_bytes(("a", "b", "c"), [("@SUM(1)", -3, "\tx"), (None, 2.5, "+1")])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["a", "b", "c"], ["'@SUM(1)", "-3", "'\tx"], ["", "2.5", "'+1"]]
    assert data.count(b"\r\n") == 3
