"""Accounts for web tests: people of each role on the demo data, and signing them in as a person would."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pyotp
from flask import Flask
from flask.testing import FlaskClient

from consult.extensions import db
from consult.models import Role
from consult.services.users import create_user_in
from tests.conftest import csrf_token

PASSWORD = "kettle lantern pebble"
OFFICE = "Office of the Police and Crime Commissioner (demo)"
ORG_A = "Riverside Women's Centre (partner)"
ORG_B = "Station Road Hostel (partner)"
PEOPLE = {
    "facilitator_a": ("fac.a@partner.example", Role.FACILITATOR, ORG_A),
    "facilitator_b": ("fac.b@partner.example", Role.FACILITATOR, ORG_B),
    "staff": ("staff@pcc.example", Role.STAFF, OFFICE),
    "admin": ("boss@pcc.example", Role.ADMIN, OFFICE),
}


@dataclass(frozen=True)
class Person:
    id: int
    email: str
    role: Role


def make_person(app: Flask, key: str) -> Person:
    email, role, organisation = PEOPLE[key]
    with app.app_context():
        user = create_user_in(organisation, email=email, name=key.replace("_", " ").title(), password=PASSWORD,
                              role=role)
        person = Person(user.id, user.email, user.role)
        db.session.remove()
    return person


def token_from(client: FlaskClient, path: str = "/sign-in") -> str:
    return csrf_token(client.get(path).get_data(as_text=True))


def post_sign_in(client: FlaskClient, email: str, password: str = PASSWORD, next_path: str = "") -> object:
    token = token_from(client)
    url = f"/sign-in?next={next_path}" if next_path else "/sign-in"
    return client.post(url, data={"csrf_token": token, "email": email, "password": password})


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD, secret: str | None = None) -> None:
    """Sign in, typing the authenticator code too when ``secret`` is given; fails loudly otherwise."""
    response = post_sign_in(client, email, password)
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    if secret is not None:
        assert response.headers["Location"].endswith("/sign-in/two-factor")
        token = token_from(client, "/sign-in/two-factor")
        response = client.post("/sign-in/two-factor", data={"csrf_token": token, "code": pyotp.TOTP(secret).now()})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
    assert "/sign-in" not in response.headers["Location"]


def errors_on(page: str) -> list[str]:
    """The messages in the page's error summary."""
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', page, re.S)
    found = re.findall(r'<a href="#[^"]*">([^<]*)</a>', summary.group(1)) if summary else []
    return [html.unescape(message) for message in found]
