"""Redaction review: answers as stored, scoped; redacting more is one-way, audited without words."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Answer, AnswerTheme, AuditEvent, Channel, Organisation, Question, Response, Theme
from consult.services import kiosk
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_raw_text
from tests.conftest import csrf_token
from tests.web.facilitator.world import World, build_world, sign_in


@pytest.fixture()
def world(app: Flask) -> World:
    return build_world(app)


def _redact(app: Flask, world: World, who: str, key: str, **data: str) -> tuple[int, str]:
    client = sign_in(app.test_client(), world.users[who])
    url = f"/facilitator/answers/{world.flagged[key]}"
    page = client.get(url)
    if page.status_code != 200:
        return page.status_code, ""
    response = client.post(url, data={"csrf_token": csrf_token(page.get_data(as_text=True)), **data},
                           follow_redirects=True)
    return response.status_code, response.get_data(as_text=True)


def _text(app: Flask, answer_id: int) -> str:
    with app.app_context():
        return db.session.get(Answer, answer_id).text or ""


def test_answers_are_listed_as_stored_for_the_users_venues_only(app: Flask, world: World) -> None:
    html = sign_in(app.test_client(), world.users["facilitator_a"]).get("/facilitator/answers").get_data(as_text=True)
    assert f"/facilitator/answers/{world.flagged['a']}" in html
    assert f"/facilitator/answers/{world.flagged['safe']}" in html
    assert f"/facilitator/answers/{world.flagged['b']}" not in html and "Hostel B" not in html
    assert "2 answers" in html
    staff = sign_in(app.test_client(), world.users["staff"]).get("/facilitator/answers").get_data(as_text=True)
    assert "4 answers" in staff and f"/facilitator/answers/{world.flagged['sms']}" in staff


def test_another_organisations_answer_is_not_found(app: Flask, world: World) -> None:
    status, _ = _redact(app, world, "facilitator_a", "b", words="partner", kind="NAME")
    assert status == 404
    assert _text(app, world.flagged["b"]).startswith("My partner hits me")


def test_redacting_more_replaces_every_match_and_cannot_be_undone(app: Flask, world: World) -> None:
    status, html = _redact(app, world, "facilitator_a", "safe", words="the  OFFICER", kind="NAME")
    assert status == 200 and "Replaced 1 match with [NAME]. This cannot be undone." in html
    assert _text(app, world.flagged["safe"]) == "[NAME] listened to me."
    with app.app_context():
        assert db.session.get(Answer, world.flagged["safe"]).redactions == {"NAME": 1}
    assert "1 × Name or nickname" in html
    # There is no way back: a placeholder can't be "redacted" into words, and nothing else changes text.
    status, html = _redact(app, world, "facilitator_a", "safe", words="[NAME]", kind="PLACE")
    assert "not a [placeholder]" in html
    assert _text(app, world.flagged["safe"]) == "[NAME] listened to me."


@pytest.mark.parametrize(("data", "message"), [
    ({"kind": "NAME"}, "Enter the words to remove, exactly as they appear"),
    ({"words": "listened"}, "Choose what kind of detail it is"),
    ({"words": "nobody said this", "kind": "NAME"}, "Those words are not in the answer as stored"),
    ({"words": "x" * 101, "kind": "NAME"}, "Enter at most 100 characters"),
    ({"words": "listened", "kind": "SECRET"}, "Not a valid choice"),
])
def test_redact_form_validation(app: Flask, world: World, data: dict[str, str], message: str) -> None:
    status, html = _redact(app, world, "facilitator_a", "safe", **data)
    assert status == 200 and "There is a problem" in html and message in html
    assert _text(app, world.flagged["safe"]) == "The officer listened to me."


def test_a_place_feeds_the_organisations_list_for_future_answers(app: Flask, world: World) -> None:
    _redact(app, world, "facilitator_a", "safe", words="officer", kind="PLACE", add_to_list="y")
    with app.app_context():
        org = db.session.scalars(select(Organisation).where(Organisation.name == "Org A")).one()
        assert org.redact_places.splitlines() == ["officer"]
        assert anonymiser_for_organisations().anonymise("Ask the officer").text == "Ask the [PLACE]"


NICKNAME = "Smudge"  # a local nickname the name finder reads as an ordinary word


def _kiosk_answer(app: Flask, world: World, venue: str | None, text: str) -> str:
    """An answer through the kiosk's own services (anonymised as it is typed), as stored."""
    with app.app_context():
        token = kiosk.start_journey(world.consultation_id, world.venues[venue] if venue else None, "en")
        kiosk.record_answer(token, db.session.get(Question, world.free_text_id), text, "en")
        assert kiosk.submit(token) is kiosk.SubmitOutcome.SUBMITTED
        answer = db.session.scalars(select(Answer).order_by(Answer.id.desc())).first()
        return answer.text or ""


def _org(name: str) -> Organisation:
    return db.session.scalars(select(Organisation).where(Organisation.name == name)).one()


def test_a_nickname_redacted_once_is_removed_from_that_organisations_next_answers(app: Flask, world: World) -> None:
    said = f"ask {NICKNAME.lower()} on the desk, he knows"
    assert _kiosk_answer(app, world, "a", said) == said  # the anonymiser alone misses it
    with app.app_context():
        response = response_data.create_response(world.consultation_id, Channel.KIOSK, date.today(),
                                                 venue_id=world.venues["a"])
        store_raw_text(response, world.free_text_id, f"{NICKNAME} on the desk was kind", anonymiser_for_organisations(),
                       2000)
        db.session.commit()
        world.flagged["nickname"] = int(db.session.scalar(select(func.max(Answer.id))) or 0)
    status, html = _redact(app, world, "facilitator_a", "nickname", words=NICKNAME.upper(), kind="NAME",
                           add_to_list="y")
    assert status == 200 and "Replaced 1 match with [NAME]" in html
    with app.app_context():
        assert _org("Org A").redact_names == NICKNAME.upper() and _org("Org B").redact_names == ""
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "redaction.redacted")).one()
        assert event.detail == {"kind": "NAME", "count": 1, "added_to_list": True}
    # The next answers from Org A's venue lose it, in any case and as a whole word only.
    assert _kiosk_answer(app, world, "a", f"{NICKNAME} and smudge's mate were kind") == "[NAME] and [NAME]'s mate " \
        "were kind"
    assert _kiosk_answer(app, world, "a", "smudged ink on the form") == "smudged ink on the form"
    # Never from another organisation's venue, nor a journey with no venue.
    assert _kiosk_answer(app, world, "b", f"{NICKNAME} on the desk was kind") == f"{NICKNAME} on the desk was kind"
    assert NICKNAME in _kiosk_answer(app, world, None, f"{NICKNAME} on the desk was kind")
    with app.app_context():
        org_a_texts = db.session.scalars(select(Answer.text).join(Answer.response).where(
            Answer.id >= world.flagged["nickname"], Response.venue_id == world.venues["a"]))
        assert not any(re.search(r"\bsmudge\b", text or "", re.IGNORECASE) for text in org_a_texts)
        assert all(NICKNAME.lower() not in json.dumps(e.detail).lower() for e in db.session.scalars(select(AuditEvent)))


def test_a_name_is_added_only_when_asked_and_only_once(app: Flask, world: World) -> None:
    _redact(app, world, "facilitator_a", "safe", words="the officer", kind="NAME")
    with app.app_context():
        assert _org("Org A").redact_names == ""
        assert anonymiser_for_organisations(_org("Org A").id).anonymise("Ask the officer").text == "Ask the officer"
    _redact(app, world, "facilitator_a", "a", words="centre", kind="NAME", add_to_list="y")
    with app.app_context():
        org_a = _org("Org A")
        org_a.redact_names = "Centre\nSmudge"  # an admin's edit: the cached anonymiser follows it
        db.session.commit()
        assert anonymiser_for_organisations(org_a.id).anonymise("smudge at the centre").text == "[NAME] at the [NAME]"
        assert anonymiser_for_organisations(_org("Org B").id).anonymise("smudge at the centre").text == \
            "smudge at the centre"


def test_theme_reasons_and_examples_are_redacted_too(app: Flask, world: World) -> None:
    with app.app_context():
        theme = Theme(consultation_id=world.consultation_id, name="Listening", examples=["The officer listened"])
        db.session.add(theme)
        db.session.flush()
        db.session.add(AnswerTheme(answer_id=world.flagged["safe"], theme_id=theme.id, source="auto",
                                   reasons=["officer listened"]))
        db.session.commit()
        theme_id = theme.id
    _redact(app, world, "facilitator_a", "safe", words="officer", kind="NAME")
    with app.app_context():  # background coding may have added the default codebook's themes beside it
        assert db.session.get(Theme, theme_id).examples == ["The [NAME] listened"]
        assert db.session.scalars(select(AnswerTheme).filter_by(theme_id=theme_id)).one().reasons == \
            ["[NAME] listened"]


def test_every_view_and_redaction_is_audited_without_the_words(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    client.get("/facilitator/answers")
    _redact(app, world, "facilitator_a", "safe", words="officer", kind="NAME")
    with app.app_context():
        events = list(db.session.scalars(select(AuditEvent).where(AuditEvent.action.not_like("auth.%"))
                                         .order_by(AuditEvent.id)))
    assert [e.action for e in events] == ["redaction.answers_viewed", "redaction.answer_viewed",
                                          "redaction.redacted", "redaction.answer_viewed"]
    assert events[2].detail == {"kind": "NAME", "count": 1, "added_to_list": False}
    assert "officer" not in json.dumps([e.detail for e in events])
