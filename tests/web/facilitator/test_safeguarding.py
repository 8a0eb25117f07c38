"""The safeguarding queue: scoped by organisation in the query, reviewed, audited, overdue."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, AuditEvent, SafeguardingReview, User
from consult.services.safeguarding_queue import highlight, open_safeguarding_count
from tests.conftest import csrf_token
from tests.web.facilitator.world import RISK_A, RISK_B, SAFE_A, World, build_world, sign_in


@pytest.fixture()
def world(app: Flask) -> World:
    return build_world(app)


def _audit(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action.not_like("auth.%"))
                                       .order_by(AuditEvent.id)))


def _open_count(app: Flask, user_id: int) -> int:
    with app.app_context():
        return open_safeguarding_count(db.session.get(User, user_id))


def test_facilitator_sees_only_their_organisations_flags(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    page = client.get("/facilitator/safeguarding")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f"/facilitator/safeguarding/{world.flagged['a']}" in html
    assert f"/facilitator/safeguarding/{world.flagged['b']}" not in html
    assert f"/facilitator/safeguarding/{world.flagged['sms']}" not in html
    assert f"/facilitator/safeguarding/{world.flagged['safe']}" not in html  # not flagged
    assert "Suicide or self-harm" in html and "“kill myself”" in html and "Centre A" in html
    assert "Hostel B" not in html and "Abuse or violence" not in html
    assert "<strong>1</strong> item to review" in html


def test_staff_and_admin_see_every_flag(app: Flask, world: World) -> None:
    for role in ("staff", "admin"):
        html = sign_in(app.test_client(), world.users[role]).get("/facilitator/safeguarding").get_data(as_text=True)
        for key in ("a", "b", "sms"):
            assert f"/facilitator/safeguarding/{world.flagged[key]}" in html
        assert "No venue (text message)" in html and "<strong>3</strong> items to review" in html


def test_open_counts_for_the_home_page_are_scoped(app: Flask, world: World) -> None:
    assert _open_count(app, world.users["facilitator_a"]) == 1
    assert _open_count(app, world.users["facilitator_b"]) == 1
    assert _open_count(app, world.users["staff"]) == 3
    assert _open_count(app, world.users["admin"]) == 3


def test_changing_the_id_in_the_url_finds_nothing_of_another_organisation(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    for key in ("b", "sms", "safe"):
        url = f"/facilitator/safeguarding/{world.flagged[key]}"
        assert client.get(url).status_code == 404
        token = csrf_token(client.get(f"/facilitator/safeguarding/{world.flagged['a']}").get_data(as_text=True))
        posted = client.post(url, data={"csrf_token": token, "outcome": "false_alarm", "note": "not mine"})
        assert posted.status_code == 404
    with app.app_context():
        assert db.session.scalars(select(SafeguardingReview)).all() == []
        assert db.session.get(Answer, world.flagged["b"]).safeguarding_reviewed is False
    assert client.get("/facilitator/safeguarding/999999").status_code == 404


def test_item_page_shows_the_stored_text_with_the_words_marked(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = client.get(f"/facilitator/safeguarding/{world.flagged['a']}").get_data(as_text=True)
    assert "<mark>kill myself</mark>" in html
    assert "Tell us more" in html and "Kiosk" in html
    assert 'name="outcome"' in html and "novalidate" in html
    assert client.get(f"/facilitator/safeguarding/{world.flagged['a']}").headers["Cache-Control"].startswith("no-store")


def test_review_is_recorded_by_whom_and_when_and_closes_the_item(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    url = f"/facilitator/safeguarding/{world.flagged['a']}"
    token = csrf_token(client.get(url).get_data(as_text=True))
    note = "Spoke to the centre manager, who knew and is supporting."
    response = client.post(url, data={"csrf_token": token, "outcome": "contacted_support", "note": note})
    assert response.status_code == 302 and response.headers["Location"].endswith("/facilitator/safeguarding")
    queue = client.get("/facilitator/safeguarding").get_data(as_text=True)
    assert "marked as reviewed" in queue and "Reviewed" in queue and "<strong>0</strong> items to review" in queue
    item = client.get(url).get_data(as_text=True)
    assert "Contacted support" in item and note in item and "Fran A" in item and 'name="outcome"' not in item
    with app.app_context():
        review = db.session.scalars(select(SafeguardingReview)).one()
        assert review.reviewed_by_id == world.users["facilitator_a"] and review.reviewed_at is not None
        assert db.session.get(Answer, world.flagged["a"]).safeguarding_reviewed is True
    assert _open_count(app, world.users["facilitator_a"]) == 0
    assert _open_count(app, world.users["staff"]) == 2


def test_a_second_review_is_refused(app: Flask, world: World) -> None:
    first = sign_in(app.test_client(), world.users["facilitator_a"])
    second = sign_in(app.test_client(), world.users["staff"])
    url = f"/facilitator/safeguarding/{world.flagged['a']}"
    token_1 = csrf_token(first.get(url).get_data(as_text=True))
    token_2 = csrf_token(second.get(url).get_data(as_text=True))
    first.post(url, data={"csrf_token": token_1, "outcome": "referred", "note": "Referred to the GP"})
    again = second.post(url, data={"csrf_token": token_2, "outcome": "false_alarm", "note": "Looks fine"})
    assert again.status_code == 302
    assert "already reviewed" in second.get(url).get_data(as_text=True)
    with app.app_context():
        assert [r.outcome.value for r in db.session.scalars(select(SafeguardingReview))] == ["referred"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"note": "Done"}, "Choose what you did about this answer"),
        ({"outcome": "referred"}, "Write a short note on what you did"),
        ({"outcome": "referred", "note": "x" * 501}, "The note must be 500 characters or fewer"),
        ({"outcome": "burned", "note": "Done"}, "Not a valid choice"),
    ],
)
def test_review_form_validation(app: Flask, world: World, data: dict[str, str], message: str) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    url = f"/facilitator/safeguarding/{world.flagged['a']}"
    token = csrf_token(client.get(url).get_data(as_text=True))
    page = client.post(url, data={"csrf_token": token, **data})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "There is a problem" in html and message in html
    assert "<title>Error: " in html
    with app.app_context():
        assert db.session.scalars(select(SafeguardingReview)).all() == []


def test_every_view_and_review_is_audited_without_answer_text(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    url = f"/facilitator/safeguarding/{world.flagged['a']}"
    client.get("/facilitator/safeguarding")
    token = csrf_token(client.get(url).get_data(as_text=True))
    client.post(url, data={"csrf_token": token, "outcome": "false_alarm", "note": "Song lyrics, said so"})
    events = _audit(app)
    assert [e.action for e in events] == ["safeguarding.queue_viewed", "safeguarding.item_viewed",
                                          "safeguarding.reviewed"]
    assert {e.user_id for e in events} == {world.users["facilitator_a"]}
    assert events[0].detail == {"items": 1, "open": 1}
    assert events[2].object_type == "answer" and events[2].object_id == world.flagged["a"]
    assert events[2].detail == {"outcome": "false_alarm"}
    dumped = json.dumps([e.detail for e in events])
    for secret in ("kill", "Song lyrics", RISK_A[:20]):
        assert secret not in dumped


def test_items_open_longer_than_the_configured_time_are_highlighted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_app

    app = make_app(f"sqlite:///{tmp_path / 'o.sqlite3'}", SAFEGUARDING_OVERDUE_HOURS=24)
    world = build_world(app, submitted_on=date.today() - timedelta(days=2))
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = client.get("/facilitator/safeguarding").get_data(as_text=True)
    assert "govuk-tag--red\">Overdue" in html and "open longer than 24 hours" in html
    assert "Open longer than 24 hours" in client.get(f"/facilitator/safeguarding/{world.flagged['a']}").get_data(
        as_text=True)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_todays_items_are_not_overdue(app: Flask, world: World) -> None:
    html = sign_in(app.test_client(), world.users["staff"]).get("/facilitator/safeguarding").get_data(as_text=True)
    assert "Overdue" not in html and "govuk-tag--yellow\">Open" in html


def test_newest_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from consult.data import responses as response_data
    from consult.models import Channel
    from consult.pipeline.anonymise import Anonymiser
    from consult.services.answers import store_raw_text
    from tests.conftest import make_app

    app = make_app(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    world = build_world(app, submitted_on=date.today() - timedelta(days=3))
    with app.app_context():
        response = response_data.create_response(world.consultation_id, Channel.KIOSK, date.today(),
                                                 venue_id=world.venues["b"])
        store_raw_text(response, world.free_text_id, RISK_B, Anonymiser(), 2000)
        db.session.commit()
        newest = response.answers[0].id if response.answers else None
    html = sign_in(app.test_client(), world.users["staff"]).get("/facilitator/safeguarding").get_data(as_text=True)
    positions = [html.index(f"/facilitator/safeguarding/{answer_id}\"") for answer_id in
                 (newest, world.flagged["sms"], world.flagged["b"], world.flagged["a"])]
    assert positions == sorted(positions)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_who_may_open_the_queue(app: Flask, world: World) -> None:
    anonymous = app.test_client().get("/facilitator/safeguarding")
    assert anonymous.status_code in (302, 401)  # 302 to sign-in once the sign-in pages are merged
    assert b"kill" not in anonymous.data


def test_highlight_marks_each_phrase_whatever_its_case() -> None:
    assert highlight("I Want To Die. want to die", ("want to die",)) == (
        ("I ", False), ("Want To Die", True), (". ", False), ("want to die", True))
    assert highlight(SAFE_A, ()) == ((SAFE_A, False),)
    assert highlight("", ("x",)) == ()
