"""The whole kiosk journey through the test client, in English and Welsh."""

from __future__ import annotations

import re
import time

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import KioskDraft, Response
from consult.web.kiosk import session as kiosk_session
from tests.conftest import csrf_token, enrol
from tests.web.kiosk.factory import KIOSK_SUBMISSIONS, answer, start, stored, submit

FREE_TEXT_ANSWER = "The officer was kind and got me to the hospital"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_whole_journey_stores_one_response(kiosk: FlaskClient, demo: Flask, lang: str) -> None:
    start(kiosk, lang)
    answers = {1: "yes", 2: FREE_TEXT_ANSWER, 4: "2", 5: "peer mentor helped", 6: "hostel", 7: "25-34"}
    for number in range(1, 8):
        if number in answers:
            status, target = answer(kiosk, number, answers[number])
        else:
            status, target = answer(kiosk, number, None, action="skip")
        assert status == 302, target
    assert target.endswith("/kiosk/check")
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert FREE_TEXT_ANSWER in check
    assert ("Skipped" if lang == "en" else "Wedi’i hepgor") in check
    assert submit(kiosk) == 302
    thanks = kiosk.get("/kiosk/thank-you").get_data(as_text=True)
    assert "116 123" in thanks
    with demo.app_context():
        response = db.session.scalars(select(Response).where(KIOSK_SUBMISSIONS)).one()
        assert response.language == lang
        assert response.venue is not None and response.venue.name == "Riverside Women's Centre"
        assert {a.question.position: (a.choice or a.text) for a in response.answers} == {
            1: "yes", 2: FREE_TEXT_ANSWER, 4: "2", 5: "peer mentor helped", 6: "hostel", 7: "25-34"
        }
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0


def test_pages_are_in_welsh_with_lang_attributes(kiosk: FlaskClient) -> None:
    page = kiosk.get("/kiosk/?lang=cy").get_data(as_text=True)
    assert '<html lang="cy"' in page
    assert "Dechrau nawr" in page
    assert 'hreflang="en" lang="en">English</a>' in page
    start(kiosk, "cy")
    question = kiosk.get("/kiosk/question/1").get_data(as_text=True)
    assert "Hepgor y cwestiwn hwn" in question and "Cwestiwn 1 o 7" in question


def test_easy_read_wording_where_the_question_has_it(kiosk: FlaskClient) -> None:
    start(kiosk)
    page = kiosk.get("/kiosk/question/2?easy=1").get_data(as_text=True)
    assert "Tell us what happened when you met the police" in page
    assert "Standard wording" in page


def test_back_link_and_change_keep_earlier_answers(kiosk: FlaskClient) -> None:
    start(kiosk)
    answer(kiosk, 1, "no")
    answer(kiosk, 2, "first version")
    page = kiosk.get("/kiosk/question/3").get_data(as_text=True)
    assert 'href="/kiosk/question/2" class="govuk-back-link"' in page
    assert "first version" in kiosk.get("/kiosk/question/2").get_data(as_text=True)
    page = kiosk.get("/kiosk/question/2?from=check")
    response = kiosk.post("/kiosk/question/2?from=check", data={
        "csrf_token": csrf_token(page.get_data(as_text=True)), "action": "continue", "answer": "second version"})
    assert response.location.endswith("/kiosk/check")
    assert "second version" in kiosk.get("/kiosk/check").get_data(as_text=True)


def test_continue_with_nothing_shows_the_error_summary(kiosk: FlaskClient) -> None:
    start(kiosk)
    status, page = answer(kiosk, 2, "")
    assert status == 200
    assert "There is a problem" in page and 'href="#answer"' in page
    assert "Write your answer, or choose ‘Skip this question’" in page
    status, page = answer(kiosk, 1, None)
    assert 'href="#answer"' in page and "Choose an answer" in page


def test_an_overlong_answer_gets_a_clear_error_and_is_not_lost(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    long_text = "word " * 500  # 2,500 characters
    status, page = answer(kiosk, 2, long_text)
    assert status == 200
    assert "Your answer must be 2,000 characters or fewer" in page
    assert long_text.strip() in page  # still in the box to shorten
    assert stored(demo) == []


def test_a_flood_is_refused_clearly(kiosk: FlaskClient) -> None:
    start(kiosk)
    page = kiosk.get("/kiosk/question/2").get_data(as_text=True)
    response = kiosk.post("/kiosk/question/2", data={"csrf_token": csrf_token(page), "answer": "x" * 400_000})
    assert response.status_code == 413
    assert "too much to send at once" in response.get_data(as_text=True)


def test_choice_outside_the_options_is_refused(kiosk: FlaskClient) -> None:
    start(kiosk)
    status, page = answer(kiosk, 7, "<script>alert(1)</script>")
    assert status == 200 and "There is a problem" in page
    assert "<script>alert(1)</script>" not in page


def test_script_in_free_text_is_escaped_on_check_answers(kiosk: FlaskClient) -> None:
    start(kiosk)
    answer(kiosk, 2, "<script>alert('x')</script> 💙 ok")
    page = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page and "💙" in page


def test_exit_wipes_the_session_and_the_draft(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, "something private")
    response = kiosk.get("/kiosk/exit")
    assert response.location.endswith("/kiosk/left?lang=en")
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'
    with kiosk.session_transaction() as session:
        assert dict(session) == {}
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0
    assert kiosk.get("/kiosk/question/2").location.endswith("/kiosk/")


def test_clearing_answers_from_the_timeout_warning_says_so(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, "something private")
    response = kiosk.get("/kiosk/exit?reason=clear")
    assert response.location.endswith("/kiosk/?ended=exit")
    assert "Answers were cleared" in kiosk.get(response.location).get_data(as_text=True)
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0


def test_server_forgets_an_abandoned_journey(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, "left behind")
    with kiosk.session_transaction() as session:
        session[kiosk_session.LAST_SEEN] = int(time.time()) - 24 * 3600
    response = kiosk.get("/kiosk/question/3")
    assert response.location.endswith("/kiosk/?ended=timeout")
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0


def test_every_kiosk_page_is_no_store(kiosk: FlaskClient) -> None:
    start(kiosk)
    for url in ("/kiosk/", "/kiosk/question/1", "/kiosk/check", "/kiosk/thank-you"):
        response = kiosk.get(url)
        assert response.headers["Cache-Control"] == "no-store, max-age=0", url


def test_answer_forms_turn_autocomplete_off(kiosk: FlaskClient) -> None:
    start(kiosk)
    for number in (1, 2):
        page = kiosk.get(f"/kiosk/question/{number}").get_data(as_text=True)
        assert re.search(r'<form method="post" novalidate autocomplete="off">', page)


def test_a_post_without_csrf_is_refused_and_stores_nothing(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    response = kiosk.post("/kiosk/question/2", data={"answer": "no token", "action": "continue"})
    assert response.status_code == 400
    assert "This page had expired" in response.get_data(as_text=True)
    assert "no token" not in kiosk.get("/kiosk/check").get_data(as_text=True)


def test_a_second_submit_is_refused_politely(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 1, "yes")
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    token = csrf_token(check)
    assert kiosk.post("/kiosk/check", data={"csrf_token": token}).status_code == 302
    again = kiosk.post("/kiosk/check", data={"csrf_token": token})
    assert again.status_code == 409
    assert "already been sent" in again.get_data(as_text=True)
    assert len(stored(demo)) == 1


def test_the_same_journey_submitted_twice_at_once_is_stored_once(kiosk: FlaskClient, demo: Flask) -> None:
    from consult.services import kiosk as kiosk_service

    start(kiosk)
    answer(kiosk, 1, "yes")
    with kiosk.session_transaction() as session:
        token = session[kiosk_session.JOURNEY]
    with demo.test_request_context():
        assert kiosk_service.submit(token) is kiosk_service.SubmitOutcome.SUBMITTED
        assert kiosk_service.submit(token) is kiosk_service.SubmitOutcome.ALREADY_SUBMITTED
    assert len(stored(demo)) == 1


def test_a_tablet_that_is_not_set_up_explains_itself(demo: Flask) -> None:
    response = demo.test_client().get("/kiosk/")
    assert response.status_code == 403
    assert "This tablet is not set up" in response.get_data(as_text=True)


def test_a_forged_enrolment_link_is_refused(demo: Flask) -> None:
    response = demo.test_client().get("/kiosk/enrol/forged.token.value")
    assert response.status_code == 403


def test_new_journey_starts_clean_after_the_last_person(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, "the first person's words")
    kiosk.get("/kiosk/exit")
    enrol(kiosk, demo)
    start(kiosk)
    assert "the first person" not in kiosk.get("/kiosk/question/2").get_data(as_text=True)
    assert "the first person" not in kiosk.get("/kiosk/check").get_data(as_text=True)
