"""The safeguarding queue's scoped queries and a review on PostgreSQL."""

from __future__ import annotations

import pytest
from flask import Flask

from consult.extensions import db
from consult.models import User
from consult.services.safeguarding_queue import open_safeguarding_count
from tests.conftest import csrf_token
from tests.web.facilitator.world import build_world, sign_in


@pytest.mark.postgres
def test_queue_scoping_and_review_on_postgresql(pg_app: Flask) -> None:
    world = build_world(pg_app)
    client = sign_in(pg_app.test_client(), world.users["facilitator_b"])
    html = client.get("/facilitator/safeguarding").get_data(as_text=True)
    assert f"/facilitator/safeguarding/{world.flagged['b']}" in html
    assert f"/facilitator/safeguarding/{world.flagged['a']}" not in html
    assert client.get(f"/facilitator/safeguarding/{world.flagged['a']}").status_code == 404
    url = f"/facilitator/safeguarding/{world.flagged['b']}"
    token = csrf_token(client.get(url).get_data(as_text=True))
    assert client.post(url, data={"csrf_token": token, "outcome": "referred", "note": "IDVA"}).status_code == 302
    with pg_app.app_context():
        assert open_safeguarding_count(db.session.get(User, world.users["facilitator_b"])) == 0
        assert open_safeguarding_count(db.session.get(User, world.users["admin"])) == 2
