"""Signing in and out: the landing page, form errors, lockout, session rotation, idle time-out, cookies."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from consult import create_app
from consult.extensions import db
from consult.models import AuditEvent, User
from consult.services import audit
from consult.web.access import LAST_SEEN, SESSION_ID
from tests.web.auth_helpers import PASSWORD, errors_on, make_person, post_sign_in, sign_in, token_from


def events(app: Flask, action: str) -> list[AuditEvent]:
    with app.app_context():
        found = list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        db.session.expunge_all()
    return found


def test_landing_page_says_what_consult_is_in_english_and_welsh(demo: Flask) -> None:
    client = demo.test_client()
    english = client.get("/").get_data(as_text=True)
    assert '<html lang="en"' in english and 'href="/sign-in"' in english
    assert "Have your say on policing and crime" in english
    assert "your-voice" not in english.lower() and "/kiosk" not in english  # no kiosk or consultation details
    welsh = client.get("/?lang=cy").get_data(as_text=True)
    assert '<html lang="cy"' in welsh and "Dweud eich dweud am blismona a throseddu" in welsh
    assert ">Mewngofnodi<" in welsh


def test_sign_in_form_errors(demo: Flask) -> None:
    make_person(demo, "staff")
    client = demo.test_client()
    token = token_from(client)
    empty = client.post("/sign-in", data={"csrf_token": token, "email": "", "password": ""})
    assert errors_on(empty.get_data(as_text=True)) == ["Enter your email address", "Enter your password"]
    shape = client.post("/sign-in", data={"csrf_token": token, "email": "staff.pcc.example", "password": "x"})
    assert errors_on(shape.get_data(as_text=True)) == [
        "Enter an email address in the correct format, like name@example.org"]
    for email in ("staff@pcc.example", "nobody@pcc.example"):  # same words: no account enumeration
        wrong = post_sign_in(client, email, "not the password")
        assert wrong.status_code == 200
        assert errors_on(wrong.get_data(as_text=True)) == ["Enter a correct email address and password"]


def test_sign_in_needs_the_csrf_token(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    response = client.post("/sign-in", data={"email": person.email, "password": PASSWORD})
    assert response.status_code == 400


def test_repeated_failures_lock_the_account_with_a_clear_message(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    for _ in range(4):
        post_sign_in(client, person.email, "wrong password here")
    fifth = post_sign_in(client, person.email, "wrong password here").get_data(as_text=True)
    assert "too many failed attempts" in fifth and "locked for 15 minutes" in fifth
    right_but_locked = post_sign_in(client, person.email, PASSWORD)
    assert right_but_locked.status_code == 200 and "locked for 15 minutes" in right_but_locked.get_data(as_text=True)
    assert len(events(demo, audit.LOCKED_OUT)) == 1
    assert len(events(demo, audit.SIGN_IN_FAILED)) == 6
    with demo.app_context():  # the lock runs out
        user = db.session.get(User, person.id)
        assert user is not None and user.locked_until is not None
        user.locked_until = None
        db.session.commit()
    assert post_sign_in(client, person.email, PASSWORD).status_code == 302


def test_sign_in_attempts_are_limited_per_address(demo_database: Path, tmp_path: Path) -> None:
    import shutil

    target = tmp_path / "limited.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "RATELIMIT_ENABLED": True,
                                 "SIGN_IN_RATE_LIMIT": "3 per minute"})
    client = app.test_client()
    responses = [post_sign_in(client, f"person{n}@pcc.example", "wrong password") for n in range(4)]
    assert [response.status_code for response in responses] == [200, 200, 200, 429]
    assert "Please wait a minute" in responses[-1].get_data(as_text=True)
    assert client.get("/sign-in").status_code == 200  # reading the page is not limited


def test_sign_in_rotates_the_session(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    with client.session_transaction() as session:
        session["planted"] = "by an attacker before sign-in"
        session["lang"] = "cy"
    sign_in(client, person.email)
    with client.session_transaction() as session:
        assert "planted" not in session and session["lang"] == "cy"
        first_id, user_id = session[SESSION_ID], session["_user_id"]
    assert user_id.startswith(f"{person.id}.")
    client2 = demo.test_client()
    sign_in(client2, person.email)
    with client2.session_transaction() as session:
        assert session[SESSION_ID] != first_id
    assert len(events(demo, audit.SIGN_IN)) == 2


def test_signing_out_needs_post_and_csrf_and_ends_copied_cookies(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    copy = demo.test_client()
    copy.set_cookie("session", client.get_cookie("session").value)
    assert copy.get("/account").status_code == 200
    refused = client.get("/sign-out")
    assert refused.status_code == 405
    assert sorted(refused.headers["Allow"].split(", ")) == ["OPTIONS", "POST"]  # HTTP asks a 405 to say what is allowed
    assert "text/html" in refused.headers["Content-Type"]
    assert client.post("/sign-out").status_code == 400
    response = client.post("/sign-out", data={"csrf_token": token_from(client, "/account")})
    assert response.status_code == 302 and "signed_out=1" in response.headers["Location"]
    assert client.get("/account").status_code == 302
    assert copy.get("/account").status_code == 302  # the copied cookie no longer signs anyone in
    assert len(events(demo, audit.SIGN_OUT)) == 1


def test_an_idle_session_times_out(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    with client.session_transaction() as session:
        session[LAST_SEEN] = int(time.time()) - demo.config["STAFF_IDLE_SECONDS"] + 60
    assert client.get("/account").status_code == 200  # still inside the limit, and the clock restarts
    with client.session_transaction() as session:
        assert session[LAST_SEEN] >= int(time.time()) - 5
        session[LAST_SEEN] = int(time.time()) - demo.config["STAFF_IDLE_SECONDS"] - 1
    response = client.get("/account")
    assert response.status_code == 302 and response.headers["Location"] == "/sign-in?timeout=1"
    page = client.get("/sign-in?timeout=1").get_data(as_text=True)
    assert "You were signed out because you had not done anything for 30 minutes" in page
    assert client.get("/account").status_code == 302
    assert len(events(demo, audit.TIMED_OUT)) == 1


def test_sign_in_returns_to_the_page_asked_for_but_never_to_another_site(demo: Flask) -> None:
    person = make_person(demo, "facilitator_a")
    client = demo.test_client()
    asked = client.get("/facilitator/")
    assert asked.headers["Location"] == "/sign-in?next=/facilitator/"
    response = post_sign_in(client, person.email, next_path="/facilitator/")
    assert response.headers["Location"] == "/facilitator/"
    other = demo.test_client()
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = post_sign_in(other, person.email, next_path=target)
        assert response.headers["Location"] == "/facilitator/", target
        other = demo.test_client()


def test_session_cookie_flags(demo_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from config import load_config

    monkeypatch.setenv("CONSULT_INSTANCE_DIR", str(tmp_path))
    target = tmp_path / "secure.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "SESSION_COOKIE_SECURE": True})
    person = make_person(app, "staff")
    client = app.test_client()
    response = post_sign_in(client, person.email)
    cookie = next(value for value in response.headers.getlist("Set-Cookie") if value.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
    assert load_config("development", {"PUBLIC_BASE_URL": "https://consult.example.org"})["SESSION_COOKIE_SECURE"]
    assert not load_config("development", {"PUBLIC_BASE_URL": "http://127.0.0.1:5000"})["SESSION_COOKIE_SECURE"]
    assert load_config("production", {
        "SECRET_KEY": "s" * 40, "PHONE_HASH_KEY": "p" * 40, "TWILIO_AUTH_TOKEN": "t" * 32,
        "CONTACT_ENCRYPTION_KEY": "dGVzdGluZy1jb250YWN0LWVuY3J5cHRpb24ta2V5IT0=",
        "PUBLIC_BASE_URL": "https://consult.example.org", "SQLALCHEMY_DATABASE_URI": "sqlite://",
    })["SESSION_COOKIE_SECURE"]


def test_staff_pages_are_never_cached(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    assert client.get("/account").headers["Cache-Control"] == "no-store, max-age=0"
    assert client.get("/sign-in?x=1").headers["Cache-Control"] == "no-store, max-age=0"
