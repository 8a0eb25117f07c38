"""Routing on the kiosk: "no contact with the police" skips "how did the police treat you?"."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, Consultation, Question, Response
from consult.services.questions import set_routes
from tests.conftest import csrf_token
from tests.web.kiosk.factory import KIOSK_SUBMISSIONS, answer, start, submit


def route_no_past_question_2(app: Flask) -> None:
    with app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug="your-voice-2027").one()
        first, _second, third = consultation.questions[:3]
        set_routes(consultation, first, {"yes": None, "no": third.id})


def stored_positions(app: Flask) -> list[tuple[int, str | None, str | None]]:
    with app.app_context():
        rows = db.session.execute(
            select(Question.position, Answer.choice, Answer.text)
            .join(Response)
            .join(Question)
            .where(KIOSK_SUBMISSIONS)
            .order_by(Question.position)
        ).all()
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_routed_answer_skips_the_question_that_does_not_apply(kiosk: FlaskClient, demo: Flask) -> None:
    route_no_past_question_2(demo)
    start(kiosk)
    assert answer(kiosk, 1, "no") == (302, "/kiosk/question/3")
    for number in range(3, 8):
        answer(kiosk, number, None, action="skip")
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "Tell us about your contact with the police" not in check
    assert "What would have helped you most" in check


def test_the_other_answer_goes_on_to_the_next_question(kiosk: FlaskClient, demo: Flask) -> None:
    route_no_past_question_2(demo)
    start(kiosk)
    assert answer(kiosk, 1, "yes") == (302, "/kiosk/question/2")


def test_an_answer_a_later_change_routes_past_is_not_kept(kiosk: FlaskClient, demo: Flask) -> None:
    route_no_past_question_2(demo)
    start(kiosk)
    answer(kiosk, 1, "yes")
    answer(kiosk, 2, "They were kind to me")
    for number in range(3, 8):
        answer(kiosk, number, None, action="skip")
    page = kiosk.get("/kiosk/question/1?from=check")
    assert page.status_code == 200
    status, location = answer_from_check(kiosk, 1, "no")
    assert (status, location) == (302, "/kiosk/check")
    assert submit(kiosk) == 302
    assert stored_positions(demo) == [(1, "no", None)]


def test_changing_to_an_answer_that_brings_a_question_back_asks_it(kiosk: FlaskClient, demo: Flask) -> None:
    route_no_past_question_2(demo)
    start(kiosk)
    answer(kiosk, 1, "no")
    for number in range(3, 8):
        answer(kiosk, number, None, action="skip")
    status, location = answer_from_check(kiosk, 1, "yes")
    assert (status, location) == (302, "/kiosk/question/2?from=check")
    answer_from_check(kiosk, 2, "They listened")
    assert submit(kiosk) == 302
    assert stored_positions(demo) == [(1, "yes", None), (2, None, "They listened")]


def answer_from_check(kiosk: FlaskClient, number: int, value: str) -> tuple[int, str]:
    page = kiosk.get(f"/kiosk/question/{number}?from=check")
    response = kiosk.post(
        f"/kiosk/question/{number}?from=check",
        data={"csrf_token": csrf_token(page.get_data(as_text=True)), "action": "continue", "answer": value},
    )
    return response.status_code, response.location or ""


def test_back_goes_to_the_question_before_on_the_persons_path(kiosk: FlaskClient, demo: Flask) -> None:
    route_no_past_question_2(demo)
    start(kiosk)
    answer(kiosk, 1, "no")
    assert 'href="/kiosk/question/1" class="govuk-back-link"' in kiosk.get("/kiosk/question/3").get_data(as_text=True)
    answer(kiosk, 1, "yes")
    assert 'href="/kiosk/question/2" class="govuk-back-link"' in kiosk.get("/kiosk/question/3").get_data(as_text=True)
