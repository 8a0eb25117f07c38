"""A person's own account: changing the password, and two-factor sign-in set up and used."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pyotp
import pytest
from cryptography.fernet import Fernet
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import AuditEvent, User
from consult.services import audit
from tests.web.auth_helpers import PASSWORD, errors_on, make_person, post_sign_in, sign_in, token_from

NEW_PASSWORD = "violet harbour pancake"


def change(client: FlaskClient, current: str, new: str, confirm: str | None = None) -> str:
    token = token_from(client, "/account/password")
    response = client.post("/account/password", data={
        "csrf_token": token, "current_password": current, "password": new,
        "confirm": new if confirm is None else confirm})
    return response.get_data(as_text=True) if response.status_code == 200 else response.headers["Location"]


def test_change_password_form_errors(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    assert errors_on(change(client, "", "", "")) == [
        "Enter your current password", "Enter a new password", "Enter your new password again"]
    assert errors_on(change(client, PASSWORD, NEW_PASSWORD, "something else")) == ["The passwords do not match"]
    assert errors_on(change(client, "not my password", NEW_PASSWORD)) == ["Your current password is wrong"]
    assert errors_on(change(client, PASSWORD, "too short")) == [
        "Your password must be at least 12 characters. Three random words work well."]
    assert errors_on(change(client, PASSWORD, "Password2024!")) == [
        "Your password is too easy to guess: it is a common password or pattern. Try three random words."]
    assert errors_on(change(client, PASSWORD, PASSWORD)) == [
        "Your new password must be different from your current one"]


def test_changing_the_password_signs_out_everywhere_and_the_new_one_works(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client, other = demo.test_client(), demo.test_client()
    sign_in(client, person.email)
    sign_in(other, person.email)
    assert change(client, PASSWORD, NEW_PASSWORD) == "/sign-in?changed=1"
    assert client.get("/account").status_code == 302 and other.get("/account").status_code == 302
    assert post_sign_in(demo.test_client(), person.email, PASSWORD).status_code == 200
    sign_in(demo.test_client(), person.email, NEW_PASSWORD)
    with demo.app_context():
        changed = db.session.scalars(select(AuditEvent).where(AuditEvent.action == audit.PASSWORD_CHANGED)).all()
        assert [event.user_id for event in changed] == [person.id]


def test_a_forced_change_comes_before_any_other_page(demo: Flask) -> None:
    person = make_person(demo, "facilitator_a")
    with demo.app_context():
        user = db.session.get(User, person.id)
        assert user is not None
        user.must_change_password = True
        db.session.commit()
    client = demo.test_client()
    sign_in(client, person.email)
    response = client.get("/facilitator/")
    assert response.status_code == 302 and response.headers["Location"] == "/account/password"
    assert "An administrator reset your password" in client.get("/account/password").get_data(as_text=True)
    change(client, PASSWORD, NEW_PASSWORD)
    sign_in(client, person.email, NEW_PASSWORD)
    assert client.get("/facilitator/").status_code == 200


def set_up_two_factor(client: FlaskClient) -> tuple[str, list[str]]:
    """Scan (read the key off the page), type a code, and read the recovery codes shown once."""
    page = client.get("/account/two-factor").get_data(as_text=True)
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in page
    secret = re.search(r'id="setup-key">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")  # type: ignore[union-attr]
    response = client.post("/account/two-factor", data={
        "csrf_token": token_from(client, "/account/two-factor"), "code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    codes = re.findall(r'<li class="govuk-!-font-weight-bold">([0-9a-f]{6}-[0-9a-f]{6})</li>', page)
    assert len(codes) == 10
    return secret, codes


def test_two_factor_set_up_and_sign_in(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    wrong = client.post("/account/two-factor", data={
        "csrf_token": token_from(client, "/account/two-factor"), "code": "000000"})
    assert errors_on(wrong.get_data(as_text=True)) == [
        "The code does not match. Enter the 6-digit code your app shows now"]
    secret, codes = set_up_two_factor(client)
    with demo.app_context():
        user = db.session.get(User, person.id)
        assert user is not None and user.totp_secret and secret not in user.totp_secret  # encrypted at rest
        key = Fernet(demo.config["CONTACT_ENCRYPTION_KEY"].encode())
        assert key.decrypt(user.totp_secret.encode()).decode() == secret
        assert codes[0] not in str(user.recovery_codes)  # only hashes are kept
    assert codes[1] not in client.get("/account").get_data(as_text=True)  # shown once only

    fresh = demo.test_client()
    first = post_sign_in(fresh, person.email)
    assert first.headers["Location"] == "/sign-in/two-factor"
    assert fresh.get("/account").status_code == 302  # half signed in is not signed in
    empty = fresh.post("/sign-in/two-factor", data={"csrf_token": token_from(fresh, "/sign-in/two-factor")})
    assert errors_on(empty.get_data(as_text=True)) == [
        "Enter the 6-digit code from your authenticator app, or a recovery code"]
    bad = fresh.post("/sign-in/two-factor", data={"csrf_token": token_from(fresh, "/sign-in/two-factor"),
                                                   "code": "123456"})
    assert "The code is wrong or has already been used" in bad.get_data(as_text=True)
    code = pyotp.TOTP(secret).at(time.time() + 30)  # the next step's code (the one just used is spent)
    done = fresh.post("/sign-in/two-factor", data={"csrf_token": token_from(fresh, "/sign-in/two-factor"),
                                                    "code": code})
    assert done.status_code == 302 and fresh.get("/account").status_code == 200

    replay = demo.test_client()
    post_sign_in(replay, person.email)
    again = replay.post("/sign-in/two-factor", data={"csrf_token": token_from(replay, "/sign-in/two-factor"),
                                                      "code": code})
    assert "already been used" in again.get_data(as_text=True)  # a code works once
    recovered = replay.post("/sign-in/two-factor", data={
        "csrf_token": token_from(replay, "/sign-in/two-factor"), "code": codes[0].upper()})
    assert recovered.status_code == 302 and replay.get("/account").status_code == 200
    third = demo.test_client()
    post_sign_in(third, person.email)
    reused = third.post("/sign-in/two-factor", data={"csrf_token": token_from(third, "/sign-in/two-factor"),
                                                      "code": codes[0]})
    assert "already been used" in reused.get_data(as_text=True)
    with demo.app_context():
        actions = [e.action for e in db.session.scalars(select(AuditEvent).where(AuditEvent.user_id == person.id))]
    assert audit.TWO_FACTOR_ENABLED in actions and audit.RECOVERY_CODE_USED in actions


def test_wrong_codes_count_towards_the_lockout(demo: Flask) -> None:
    person = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, person.email)
    set_up_two_factor(client)
    attacker = demo.test_client()
    post_sign_in(attacker, person.email)
    statuses = [attacker.post("/sign-in/two-factor", data={
        "csrf_token": token_from(attacker, "/sign-in/two-factor"), "code": "111111"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 403]
    assert "locked for 15 minutes" in post_sign_in(demo.test_client(), person.email).get_data(as_text=True)


def test_two_factor_is_required_for_staff_and_admin_where_configured(demo: Flask) -> None:
    demo.config["TWO_FACTOR_REQUIRED"] = True
    staff, facilitator = make_person(demo, "staff"), make_person(demo, "facilitator_a")
    client = demo.test_client()
    sign_in(client, staff.email)
    response = client.get("/facilitator/")
    assert response.status_code == 302 and response.headers["Location"] == "/account/two-factor"
    assert "Your role needs two-factor sign-in" in client.get("/account/two-factor").get_data(as_text=True)
    set_up_two_factor(client)
    assert client.get("/facilitator/").status_code == 200
    other = demo.test_client()
    sign_in(other, facilitator.email)
    assert other.get("/facilitator/").status_code == 200  # facilitators may choose


def test_the_demo_admin_needs_no_two_factor_in_development(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from config import load_config

    monkeypatch.setenv("CONSULT_INSTANCE_DIR", str(tmp_path))
    assert load_config("development")["TWO_FACTOR_REQUIRED"] is False
