"""No raw email, phone number, postcode or name typed into the kiosk reaches the database."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer
from tests.web.kiosk.factory import answer, start, submit

PLANTED = {
    "email": "dave.jones77@example.com",
    "mobile": "07912 345678",
    "mobile_digits": "07912345678",
    "international": "+44 7912 345678",
    "postcode": "SW1A 1AA",
    "name": "Dave Jones",
}


def _database_bytes(app: Flask) -> bytes:
    with app.app_context():
        db.session.remove()
        path = Path(db.engine.url.database or "")
        db.engine.dispose()
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_typed_identifiers_never_reach_the_database(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, f"my worker Dave Jones, email {PLANTED['email']} or ring {PLANTED['mobile']}")
    answer(kiosk, 3, f"I'm at the hostel near {PLANTED['postcode']}, call {PLANTED['international']}")
    answer(kiosk, 5, f"text me {PLANTED['mobile_digits']}")
    assert submit(kiosk) == 302
    with demo.app_context():
        texts = [a.text for a in db.session.scalars(select(Answer).where(Answer.text.is_not(None)))]
        redactions = [a.redactions for a in db.session.scalars(select(Answer).where(Answer.redactions != {}))]
    assert any("[EMAIL]" in t and "[PHONE]" in t for t in texts if t)
    assert any("[POSTCODE]" in t for t in texts if t)
    assert any(r.get("PHONE") for r in redactions)
    raw = _database_bytes(demo)
    for value in PLANTED.values():
        assert value.encode() not in raw, value


def test_the_draft_never_holds_raw_text(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, f"email me at {PLANTED['email']}")
    raw = _database_bytes(demo)
    assert PLANTED["email"].encode() not in raw
    assert b"[EMAIL]" in raw
