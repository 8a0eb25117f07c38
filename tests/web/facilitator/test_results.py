"""A facilitator's results: only their organisation's venues, the staff threshold, suppressed."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text

from consult.extensions import db
from consult.models import Consultation
from tests.web.auth_helpers import ORG_A
from tests.web.results_figures import direct_count, figures

SLUG = "your-voice-2027"


def test_figures_count_only_their_own_venues(facilitator: FlaskClient, demo: Flask) -> None:
    with demo.app_context():
        cid = int(db.session.scalar(select(Consultation.id).where(Consultation.slug == SLUG)))
        venues = list(db.session.execute(text("SELECT v.id FROM venue v JOIN organisation o ON o.id = "
                                               "v.organisation_id WHERE o.name = :n"), {"n": ORG_A}).scalars())
    assert facilitator.get("/facilitator/results").status_code == 200
    html = facilitator.get(f"/facilitator/results/{cid}").get_data(as_text=True)
    shown = figures(html)
    checked = 0
    with demo.app_context():
        everyone = direct_count("respondents", cid)
        for name, value in shown.items():
            expected = direct_count(name, cid, venue_ids=venues)
            if expected is None or not value.isdigit():
                continue
            assert int(value) == expected, f"{name}: page {value}, database {expected}"
            assert expected == 0 or expected >= 5
            checked += 1
    assert checked > 5
    assert shown["respondents"] != str(everyone)  # not the whole consultation
    assert shown["channel:total"] == shown["respondents"]
    assert "channel:sms" not in shown  # text messages have no venue: none are theirs


def test_another_organisation_sees_its_own_figures(demo: Flask) -> None:
    from tests.web.auth_helpers import ORG_B, make_person, sign_in

    client = demo.test_client()
    sign_in(client, make_person(demo, "facilitator_b").email)
    with demo.app_context():
        cid = int(db.session.scalar(select(Consultation.id).where(Consultation.slug == SLUG)))
        venues = list(db.session.execute(text("SELECT v.id FROM venue v JOIN organisation o ON o.id = "
                                               "v.organisation_id WHERE o.name = :n"), {"n": ORG_B}).scalars())
        expected = direct_count("respondents", cid, venue_ids=venues)
        venue_type = db.session.execute(text("SELECT venue_type FROM venue WHERE id = :v"), {"v": venues[0]}).scalar()
    html = client.get(f"/facilitator/results/{cid}").get_data(as_text=True)
    shown = figures(html)
    assert shown["respondents"] == (str(expected) if expected >= 5 else "fewer than 5")
    assert {n for n in shown if n.startswith("venue_type:") and n != "venue_type:total"} == {f"venue_type:{venue_type}"}
