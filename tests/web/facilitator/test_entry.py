"""Typing up one participant's or a group's answers: scoped, anonymised, checked, then stored."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, AuditEvent, Channel, Response
from consult.services.mediated_entry import unseal
from tests.conftest import csrf_token
from tests.web.facilitator.world import World, build_world, sign_in

SPOKEN = "Dave Jones at the desk was kind, but some days I want to kill myself. Call me on 07700 900123."
SEALED = re.compile(r'name="sealed" value="([^"]+)"')


@pytest.fixture()
def world(app: Flask) -> World:
    return build_world(app)


def _answers_url(world: World, venue: str = "a", group: bool = True, present: int = 8) -> str:
    return (f"/facilitator/entry/answers?consultation={world.consultation_id}&venue={world.venues[venue]}"
            f"&group={int(group)}&present={present}&language=en")


def _continue(client: FlaskClient, url: str, answers: dict[str, str], sealed: str = "") -> str:
    token = csrf_token(client.get(url).get_data(as_text=True))
    data = {"csrf_token": token, "action": "continue", **answers, **({"sealed": sealed} if sealed else {})}
    page = client.post(url, data=data)
    assert page.status_code == 200
    return page.get_data(as_text=True)


def _responses(app: Flask) -> list[Response]:
    with app.app_context():
        return list(db.session.scalars(select(Response).where(Response.channel == Channel.FACILITATOR)))


def test_setup_redirects_to_the_answers_for_that_session(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    token = csrf_token(client.get("/facilitator/entry").get_data(as_text=True))
    response = client.post("/facilitator/entry", data={
        "csrf_token": token, "consultation": world.consultation_id, "venue": world.venues["a"], "kind": "group",
        "present": "8", "language": "cy"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(_answers_url(world).replace("language=en", "language=cy"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose the consultation"),
        ({"kind": "group", "present": ""}, "Enter how many people took part, a number from 2 to 500"),
        ({"kind": "group", "present": "1"}, "Enter how many people took part, a number from 2 to 500"),
        ({"kind": "group", "present": "lots"}, "Enter how many people took part, a number from 2 to 500"),
        ({"kind": ""}, "Choose whether these are one participant’s or a group’s answers"),
    ],
)
def test_setup_validation(app: Flask, world: World, data: dict[str, str], message: str) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    token = csrf_token(client.get("/facilitator/entry").get_data(as_text=True))
    base = {"consultation": str(world.consultation_id), "venue": str(world.venues["a"]), "kind": "individual",
            "language": "en"} if data else {}
    page = client.post("/facilitator/entry", data={"csrf_token": token, **base, **data})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "There is a problem" in html and message in html


def test_a_facilitator_can_only_enter_answers_for_their_own_venues(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    setup_page = client.get("/facilitator/entry").get_data(as_text=True)
    assert "Centre A" in setup_page and "Hostel B" not in setup_page
    flat = setup_page.replace("\n", "").replace("  ", "")
    assert "Whose answers are these?</legend>" in flat and "Language the answers were given in</legend>" in flat
    answers_page = client.get(_answers_url(world)).get_data(as_text=True).replace("\n", "").replace("  ", "")
    assert "2. Did it help?</legend>" in answers_page and "1. Tell us more" in answers_page
    token = csrf_token(setup_page)
    posted = client.post("/facilitator/entry", data={"csrf_token": token, "consultation": world.consultation_id,
                                                     "venue": world.venues["b"], "kind": "individual"})
    assert "Not a valid choice" in posted.get_data(as_text=True)
    assert client.get(_answers_url(world, venue="b")).status_code == 404
    assert client.post(_answers_url(world, venue="b"), data={"csrf_token": token}).status_code == 404
    assert client.get(_answers_url(world).replace(f"consultation={world.consultation_id}", "consultation=99")
                      ).status_code == 404
    staff = sign_in(app.test_client(), world.users["staff"])
    assert staff.get(_answers_url(world, venue="b")).status_code == 200


def test_check_step_shows_exactly_what_will_be_stored_then_saves_it(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = _continue(client, _answers_url(world), {f"q{world.free_text_id}": SPOKEN, f"q{world.yes_no_id}": "yes"})
    assert "Check the answers before saving them" in html
    assert "Dave Jones" not in html and "07700 900123" not in html and "[NAME]" in html and "[PHONE]" in html
    assert "2 personal details removed" in html and "safeguarding queue for review" in html
    assert "Centre A: group session, 8 people" in html
    sealed = SEALED.search(html)
    assert sealed
    with app.test_request_context():
        _setup, items = unseal(sealed.group(1))
    assert "Dave" not in repr(items) and "07700" not in repr(items) and "[NAME]" in (items[0].text or "")
    shown = re.search(r'<p class="govuk-body">([^<]*\[NAME\][^<]*)</p>', html)
    assert shown

    saved = client.post("/facilitator/entry/save", data={"csrf_token": csrf_token(html), "sealed": sealed.group(1)})
    assert saved.status_code == 302 and saved.headers["Location"].endswith("/facilitator/entry")
    assert "Saved 2 answers" in client.get("/facilitator/entry").get_data(as_text=True)
    [response] = _responses(app)
    assert response.mediated and response.group_session and response.participant_count == 8
    assert response.venue_id == world.venues["a"] and response.language == "en"
    with app.app_context():
        stored = db.session.scalars(select(Answer).where(Answer.response_id == response.id))
        answers = {answer.question_id: answer for answer in stored}
        text = answers[world.free_text_id]
        assert text.text == shown.group(1).replace("&#39;", "'")  # what was shown is what was stored
        assert text.safeguarding_flag and text.safeguarding_categories == ["suicide_or_self_harm"]
        assert text.redactions == {"NAME": 1, "PHONE": 1} and text.sentiment_label is not None
        assert answers[world.yes_no_id].choice == "yes"
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "entry.saved")).one()
        assert event.user_id == world.users["facilitator_a"] and event.object_id == response.id
        assert event.detail == {"answer_count": 2, "flagged": 1, "group": True, "present": 8}
    queue = client.get("/facilitator/safeguarding").get_data(as_text=True)
    assert f"/facilitator/safeguarding/{text.id}" in queue and "Facilitator entry" in queue


def test_one_participant_entry_is_mediated_and_counts_one(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = _continue(client, _answers_url(world, group=False, present=1), {f"q{world.yes_no_id}": "no"})
    assert "Centre A: one participant" in html and "Not answered" in html
    client.post("/facilitator/entry/save", data={"csrf_token": csrf_token(html), "sealed": SEALED.findall(html)[0]})
    [response] = _responses(app)
    assert response.mediated and not response.group_session and response.participant_count == 1


def test_changing_answers_shows_the_stored_words_and_keeps_the_flag(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    url = _answers_url(world)
    html = _continue(client, url, {f"q{world.free_text_id}": SPOKEN})
    sealed = SEALED.findall(html)[0]
    form = client.post(url, data={"csrf_token": csrf_token(html), "action": "change", "sealed": sealed})
    form_html = form.get_data(as_text=True)
    assert form.status_code == 200 and "[NAME] at the desk" in form_html and "Dave" not in form_html
    anonymised = re.search(r"<textarea[^>]*>\s*([^<]*)</textarea>", form_html)
    assert anonymised
    again = _continue(client, url, {f"q{world.free_text_id}": anonymised.group(1).strip().replace("&#39;", "'")},
                      sealed=SEALED.findall(form_html)[0])
    assert "safeguarding queue for review" in again


def test_tampered_or_foreign_sealed_answers_store_nothing(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = _continue(client, _answers_url(world), {f"q{world.yes_no_id}": "yes"})
    sealed = SEALED.findall(html)[0]
    token = csrf_token(html)
    assert client.post("/facilitator/entry/save", data={"csrf_token": token, "sealed": sealed[:-2] + "xx"}
                       ).status_code == 404
    assert client.post("/facilitator/entry/save", data={"csrf_token": token}).status_code == 404
    other = sign_in(app.test_client(), world.users["facilitator_b"])
    other_token = csrf_token(other.get("/facilitator/entry").get_data(as_text=True))
    assert other.post("/facilitator/entry/save", data={"csrf_token": other_token, "sealed": sealed}).status_code == 404
    assert _responses(app) == []


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({}, "Enter at least one answer"),
        ({"free": "x" * 2001}, "Answer 1 must be 2,000 characters or fewer"),
        ({"yes_no": "maybe"}, "Not a valid choice"),
    ],
)
def test_answers_validation(app: Flask, world: World, answers: dict[str, str], message: str) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    fields = {"free": f"q{world.free_text_id}", "yes_no": f"q{world.yes_no_id}"}
    html = _continue(client, _answers_url(world), {fields[key]: value for key, value in answers.items()})
    assert "There is a problem" in html and message in html and "Check the answers" not in html
    assert _responses(app) == []
