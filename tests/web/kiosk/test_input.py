"""What people really type (and send) at the kiosk: line breaks, invisible text, uploads, floods."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult import create_app
from consult.services import kiosk as kiosk_service
from consult.services.kiosk_draft import answers_of
from consult.web.kiosk import session as kiosk_session
from tests.conftest import csrf_token
from tests.web.kiosk.factory import answer, create_tablet, questions, start, stored_texts, submit

FREE_TEXT = 2  # the demo's first free-text question


def draft_answers(client: FlaskClient, app: Flask) -> dict[int, object]:
    with client.session_transaction() as session:
        token = session[kiosk_session.JOURNEY]
    with app.app_context():
        draft = kiosk_service.get_draft(token)
        assert draft is not None
        return dict(answers_of(draft))


def two_thousand_with_line_breaks() -> str:
    """1,980 letters and 20 line breaks sent as CRLF, as a browser sends them: 2,000 on the page."""
    lines = ["w" * 99] * 20
    return "\r\n".join(lines[:10]) + "\r\n\r\n" + "\r\n".join(lines[10:])


def test_two_thousand_characters_with_line_breaks_are_accepted(kiosk: FlaskClient, demo: Flask) -> None:
    text = two_thousand_with_line_breaks()
    assert len(text) == 2020 and len(text.replace("\r\n", "\n")) == 2000
    start(kiosk)
    status, target = answer(kiosk, FREE_TEXT, text)
    assert status == 302, target
    assert submit(kiosk) == 302
    [kept] = stored_texts(demo)
    assert len(kept) == 2000 and kept.count("\n") == 20 and "\r" not in kept


def test_one_character_over_after_line_breaks_is_still_refused(kiosk: FlaskClient) -> None:
    start(kiosk)
    status, page = answer(kiosk, FREE_TEXT, two_thousand_with_line_breaks() + "w")
    assert status == 200
    assert "Your answer must be 2,000 characters or fewer" in page


@pytest.mark.parametrize("blank", [
    "   \r\n\t  ",
    "\x00\x00\x00",
    "\u200b\u200c\u200d\u2060\ufeff",
    " \u200b \x00 \u00a0 \u202e ",
])
def test_an_answer_that_shows_nothing_is_a_skip(kiosk: FlaskClient, demo: Flask, blank: str) -> None:
    start(kiosk)
    status, target = answer(kiosk, FREE_TEXT, blank)
    assert status == 302 and target.endswith(f"/kiosk/question/{FREE_TEXT + 1}")
    saved = draft_answers(kiosk, demo)
    question_id = questions(demo)[FREE_TEXT - 1].id
    assert saved[question_id].skipped and saved[question_id].text is None  # type: ignore[attr-defined]
    assert "Skipped" in kiosk.get("/kiosk/check").get_data(as_text=True)
    assert submit(kiosk) == 302
    assert stored_texts(demo) == []


def test_an_uploaded_file_as_the_answer_gets_a_clear_400(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    token = csrf_token(kiosk.get(f"/kiosk/question/{FREE_TEXT}").get_data(as_text=True))
    response = kiosk.post(f"/kiosk/question/{FREE_TEXT}", content_type="multipart/form-data", data={
        "csrf_token": token, "action": "continue", "answer": (io.BytesIO(b"Dave Jones 07912 345678"), "answer.txt"),
    })
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "That could not be read, so nothing was saved" in page
    assert response.headers["Cache-Control"] == "no-store, max-age=0"
    assert draft_answers(kiosk, demo) == {}


@pytest.fixture()
def limited(demo_database: Path, tmp_path: Path) -> Flask:
    target = tmp_path / "limited.sqlite3"
    shutil.copyfile(demo_database, target)
    return create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "RATELIMIT_ENABLED": True})


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_an_answer_refused_by_the_rate_limit_stays_in_the_form(limited: Flask, lang: str) -> None:
    client = create_tablet(limited)
    start(client, lang)
    page = client.get(f"/kiosk/question/{FREE_TEXT}")
    token = csrf_token(page.get_data(as_text=True))
    while page.status_code == 200:  # use up the minute's allowance
        page = client.get(f"/kiosk/question/{FREE_TEXT}")
    assert page.status_code == 429
    typed = "The hostel staff & my key worker helped\r\nevery week"
    response = client.post(f"/kiosk/question/{FREE_TEXT}", data={
        "csrf_token": token, "action": "continue", "answer": typed})
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    html = response.get_data(as_text=True)
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.S)
    assert textarea and "The hostel staff &amp; my key worker helped\nevery week" in textarea.group(1)
    expected = "Too many answers were sent" if lang == "en" else "Anfonwyd gormod o atebion"
    assert expected in html and "govuk-error-summary" in html
    assert response.headers["Cache-Control"] == "no-store, max-age=0"
    assert draft_answers(client, limited) == {}
