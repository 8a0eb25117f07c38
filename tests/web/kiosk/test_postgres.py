"""The kiosk journey against a real PostgreSQL, as production runs it."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, KioskDraft, Response
from consult.services.demo import seed_demo
from tests.conftest import csrf_token, enrol
from tests.web.kiosk.factory import answer, start


@pytest.mark.postgres
def test_journey_on_postgresql(pg_app: Flask) -> None:
    with pg_app.app_context():
        seed_demo()
    kiosk = pg_app.test_client()
    enrol(kiosk, pg_app)
    start(kiosk, "cy")
    assert answer(kiosk, 1, "yes")[0] == 302
    assert answer(kiosk, 2, "ffoniwch fi ar 07700 900123 – diolch 💙")[0] == 302
    token = csrf_token(kiosk.get("/kiosk/check").get_data(as_text=True))
    assert kiosk.post("/kiosk/check", data={"csrf_token": token}).status_code == 302
    assert kiosk.post("/kiosk/check", data={"csrf_token": token}).status_code == 409
    with pg_app.app_context():
        submitted = db.session.scalars(select(Response).where(Response.submission_key.is_not(None))).one()
        texts = [a.text for a in db.session.scalars(select(Answer).where(Answer.response_id == submitted.id))]
        assert "ffoniwch fi ar [PHONE] – diolch 💙" in texts
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0
