"""Signed-in clients for the staff builder, on a copy of the demo data.

Sign-in pages arrive with the auth branch; until then a user is signed in the way Flask-Login
reads a session: ``_user_id`` set through ``session_transaction``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.extensions import db
from consult.models import AuditEvent, Organisation, Role, User
from consult.services.users import create_user

ORGANISATION = "Office of the Police and Crime Commissioner (demo)"


def make_user(app: Flask, role: Role, email: str | None = None) -> int:
    with app.app_context():
        organisation = db.session.query(Organisation).filter_by(name=ORGANISATION).one()
        user = create_user(
            email or f"{role.value}@consult.example", f"A {role.value}", "a long enough password", role, organisation.id
        )
        return user.id


def sign_in(client: FlaskClient, user_id: int) -> FlaskClient:
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    return client


@pytest.fixture()
def signed_in(demo: Flask) -> Callable[[Role], FlaskClient]:
    def client_for(role: Role) -> FlaskClient:
        return sign_in(demo.test_client(), make_user(demo, role))

    return client_for


@pytest.fixture()
def staff(signed_in: Callable[[Role], FlaskClient]) -> FlaskClient:
    return signed_in(Role.STAFF)


def audit_events(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        events = list(db.session.query(AuditEvent).order_by(AuditEvent.id))
        db.session.expunge_all()
        return events


def user_of(app: Flask, email: str) -> User:
    with app.app_context():
        return db.session.query(User).filter_by(email=email).one()
