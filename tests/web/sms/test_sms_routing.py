"""Routing: a choice answer skips to a later question, in the pure decision and by signed text."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask

from consult.extensions import db
from consult.models import Consultation
from consult.services.questions import set_routes
from sms.dialogue import Inbound, step
from sms.routing import next_question_index, path, previous_on_path
from sms.state import ConversationState
from sms.survey import Question, Survey
from tests.web.sms.db_helpers import sms_answers
from tests.web.sms.twilio_helpers import Phone

ROUTES = [{"no": 2}, {}, {}, {}]  # question 1: "no" skips question 2


def test_a_routed_answer_skips_ahead_and_others_go_on() -> None:
    assert next_question_index(ROUTES, 0, "no") == 2
    assert next_question_index(ROUTES, 0, "yes") == 1
    assert next_question_index(ROUTES, 0, None) == 1  # skipped: the next question
    assert next_question_index(ROUTES, 3, None) == 4  # past the end: finished


def test_a_route_that_does_not_go_forwards_is_ignored() -> None:
    assert next_question_index([{}, {"x": 0}, {"y": 1}], 1, "x") == 2
    assert next_question_index([{}, {"x": 0}, {"y": 1}], 2, "y") == 3


def test_path_and_back_follow_the_answers() -> None:
    assert path(ROUTES, {0: "no"}, 4) == [0, 2, 3]
    assert path(ROUTES, {0: "yes"}, 4) == [0, 1, 2, 3]
    assert previous_on_path(ROUTES, {0: "no"}, 4, 2) == 0
    assert previous_on_path(ROUTES, {0: "yes"}, 4, 2) == 1


def test_the_dialogue_follows_a_route() -> None:
    questions = (
        Question("1", "yes_no", "Contact?"),
        Question("2", "free_text", "How were you treated?"),
        Question("3", "free_text", "What would help?"),
    )
    survey = Survey(1, "VOICE", "PCC", "PCC", questions, routes=({"no": 2}, {}, {}))
    now = datetime(2027, 1, 5, 12, tzinfo=UTC)
    state = ConversationState.new(1, "en", now)
    result = step(state, Inbound("no"), survey, now)
    assert result.state is not None and result.state.question_index == 2
    assert "What would help?" in result.reply_text and "treated" not in result.reply_text
    assert result.answer is not None and result.answer.option_key == "no"


def _route_no_past_question_2(app: Flask) -> None:
    with app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug="your-voice-2027").one()
        first, _second, third = consultation.questions[:3]
        set_routes(consultation, first, {"yes": None, "no": third.id})


def test_a_signed_text_conversation_follows_the_route(sms_app: Flask, phone: Phone) -> None:
    _route_no_past_question_2(sms_app)
    phone.text("VOICE")
    replies = phone.text("2")  # no contact with the police
    assert replies == ["What would have helped you most at that time?"]
    phone.text("More time to talk")
    answers = sms_answers(sms_app)
    assert [(position, choice) for _id, position, choice, _text in answers] == [(1, "no"), (3, None)]


def test_without_the_routed_answer_the_next_question_comes(sms_app: Flask, phone: Phone) -> None:
    _route_no_past_question_2(sms_app)
    phone.text("VOICE")
    replies = phone.text("YES")
    assert replies == ["How did the police treat you last time you had contact with them? What happened?"]
