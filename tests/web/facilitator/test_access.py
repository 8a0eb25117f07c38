"""Who gets what on every facilitator route: anonymous, a kiosk tablet, facilitators of A and B,
staff and admin. Item ids belong to organisation A; B's facilitator must get 404, not A's data."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from consult.extensions import db
from consult.models import User
from tests.web.facilitator.world import World, build_world, sign_in

WHO = ("anonymous", "kiosk", "facilitator_a", "facilitator_b", "staff", "admin")
SIGNED_OUT = (401, 302)  # 302 to the sign-in page once the sign-in branch is merged


def _routes(world: World) -> dict[str, dict[str, int | tuple[int, ...]]]:
    answers = (f"/facilitator/entry/answers?consultation={world.consultation_id}&venue={world.venues['a']}"
               "&group=0&present=1")
    everyone = {"facilitator_a": 200, "facilitator_b": 200, "staff": 200, "admin": 200}
    only_a = {"facilitator_a": 200, "facilitator_b": 404, "staff": 200, "admin": 200}
    return {
        "/facilitator/safeguarding": everyone,
        f"/facilitator/safeguarding/{world.flagged['a']}": only_a,
        f"/facilitator/safeguarding/{world.flagged['b']}": {**only_a, "facilitator_a": 404, "facilitator_b": 200},
        f"/facilitator/safeguarding/{world.flagged['sms']}": {**only_a, "facilitator_a": 404},
        "/facilitator/entry": everyone,
        answers: only_a,
        "/facilitator/paper": everyone,
        "/facilitator/answers": everyone,
        "/facilitator/venues": everyone,
        f"/facilitator/answers/{world.flagged['a']}": only_a,
        f"/facilitator/answers/{world.flagged['sms']}": {**only_a, "facilitator_a": 404},
        f"/facilitator/paper/{world.consultation_id}/template.csv": everyone,
        f"/facilitator/paper/{world.consultation_id}/form": everyone,
    }


def _client(app: Flask, world: World, who: str) -> FlaskClient:
    client = app.test_client()
    if who == "kiosk":
        from tests.conftest import enrol

        with app.app_context():
            from consult.data.consultations import get_venue

            venue = get_venue(world.venues["a"])
            assert venue is not None
            name = venue.name
        enrol(client, app, venue=name, slug="test-consultation")
        return client
    return client if who == "anonymous" else sign_in(client, world.users[who])


@pytest.mark.parametrize("who", WHO)
def test_every_facilitator_route_for_every_kind_of_visitor(app: Flask, who: str) -> None:
    world = build_world(app)
    client = _client(app, world, who)
    for url, expected in _routes(world).items():
        status = client.get(url).status_code
        wanted = expected.get(who, SIGNED_OUT)
        assert status in (wanted if isinstance(wanted, tuple) else (wanted,)), f"{who} GET {url}: {status}"


def test_a_deactivated_account_is_treated_as_signed_out(app: Flask) -> None:
    world = build_world(app)
    client = sign_in(app.test_client(), world.users["staff"])
    assert client.get("/facilitator/safeguarding").status_code == 200
    with app.app_context():
        db.session.execute(update(User).where(User.id == world.users["staff"]).values(active=False))
        db.session.commit()
    assert client.get("/facilitator/safeguarding").status_code in SIGNED_OUT
