"""Small hardening of the kiosk's edges: cookies, links, error pages, the server and its files."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import URLSafeTimedSerializer

from config import load_config
from consult import create_app
from consult.extensions import db
from tests.web.kiosk.factory import create_tablet, enrolment_link, tablet_id

ROOT = Path(__file__).resolve().parents[3]


def signed(app: Flask, salt: str, payload: object) -> str:
    return URLSafeTimedSerializer(app.config["SECRET_KEY"], salt=salt).dumps(payload)


@pytest.mark.parametrize("payload", [
    {"t": 5}, {"t": None}, {}, [1, 2], "tablet", 7, {"c": 1, "v": 1}, {"c": "one", "v": None}, {"t": "no-such-tablet"},
])
def test_a_signed_but_malformed_device_cookie_is_not_set_up(demo: Flask, payload: object) -> None:
    client = demo.test_client()
    client.set_cookie("consult_kiosk", signed(demo, "kiosk-device", payload), path="/kiosk")
    response = client.get("/kiosk/")
    assert response.status_code == 403
    assert "This tablet is not set up" in response.get_data(as_text=True)


@pytest.mark.parametrize("payload", [{"c": 1, "v": 1}, {"c": "x", "v": 1, "n": "a"}, {"c": 1, "v": "x", "n": "b"}, [1]])
def test_a_signed_but_malformed_set_up_link_is_refused(demo: Flask, payload: object) -> None:
    response = demo.test_client().get(f"/kiosk/enrol/{signed(demo, 'kiosk-enrolment', payload)}")
    assert response.status_code == 403
    assert "This tablet is not set up" in response.get_data(as_text=True)
    assert "consult_kiosk" not in response.headers.get("Set-Cookie", "")


def test_kiosk_404_and_405_pages_are_no_store(kiosk: FlaskClient) -> None:
    missing = kiosk.get("/kiosk/no-such-page")
    wrong_method = kiosk.put("/kiosk/check")
    assert (missing.status_code, wrong_method.status_code) == (404, 405)
    for response in (missing, wrong_method):
        assert response.headers["Cache-Control"] == "no-store, max-age=0"
        assert response.headers["Pragma"] == "no-cache"


@pytest.mark.parametrize(("base_url", "secure"),
                         [("https://consult.example.org", True), ("http://127.0.0.1:5000", False)])
def test_device_cookie_is_secure_whenever_the_public_url_is_https(demo_database: Path, tmp_path: Path,
                                                                  base_url: str, secure: bool) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(demo_database.read_bytes())
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "PUBLIC_BASE_URL": base_url})
    response = app.test_client().get(enrolment_link(app))  # plain http behind a proxy that ends TLS
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("consult_kiosk="))
    assert ("; Secure" in cookie) is secure
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    with app.app_context():
        db.engine.dispose()


def test_a_set_up_link_works_once(demo: Flask) -> None:
    link = enrolment_link(demo)
    first, second = demo.test_client(), demo.test_client()
    assert first.get(link).status_code == 302
    again = second.get(link)
    assert again.status_code == 403 and "This tablet is not set up" in again.get_data(as_text=True)
    assert first.get("/kiosk/").status_code == 200
    assert second.get("/kiosk/").status_code == 403


def test_one_tablet_can_be_revoked_from_the_command_line(demo: Flask) -> None:
    lost, kept = create_tablet(demo), create_tablet(demo)
    lost_id, kept_id = tablet_id(lost, demo), tablet_id(kept, demo)
    runner = demo.test_cli_runner()
    listing = runner.invoke(args=["kiosk-revoke", "--list"])
    assert listing.exit_code == 0 and lost_id in listing.output and kept_id in listing.output
    assert "Riverside Women's Centre" in listing.output
    result = runner.invoke(args=["kiosk-revoke", lost_id])
    assert result.exit_code == 0, result.output
    response = lost.get("/kiosk/")
    assert response.status_code == 403 and "This tablet is not set up" in response.get_data(as_text=True)
    assert kept.get("/kiosk/").status_code == 200
    listing = runner.invoke(args=["kiosk-revoke", "--list"])
    assert f"{lost_id}  revoked" in listing.output and f"{kept_id}  active" in listing.output


def test_revoking_an_unknown_tablet_fails_clearly(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["kiosk-revoke", "not-a-tablet"])
    assert result.exit_code != 0 and "No kiosk tablet with id 'not-a-tablet'" in result.output


def test_revoke_is_a_service_the_admin_pages_can_call(demo: Flask) -> None:
    from consult.services.kiosk_enrolment import list_tablets, revoke_tablet

    client = create_tablet(demo)
    with demo.app_context():
        assert revoke_tablet(tablet_id(client, demo)) is True
        assert [t.revoked for t in list_tablets()] == [True]
        assert revoke_tablet("missing") is False
    assert client.get("/kiosk/question/1").status_code == 403


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_development_secrets_and_database_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    instance = tmp_path / "instance"
    monkeypatch.setenv("CONSULT_INSTANCE_DIR", str(instance))
    for name in ("SECRET_KEY", "PHONE_HASH_KEY", "CONTACT_ENCRYPTION_KEY", "TWILIO_AUTH_TOKEN", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    previous = os.umask(0o022)  # the usual umask, which would leave new files readable by everyone
    try:
        settings = load_config("development")
        app = create_app("development")
        with app.app_context():
            db.create_all()
            db.engine.dispose()
    finally:
        os.umask(previous)
    assert mode(instance) == 0o700
    secrets = sorted(instance.glob("*.dev-secret"))
    assert len(secrets) == 4 and all(mode(p) == 0o600 for p in secrets), [(p.name, oct(mode(p))) for p in secrets]
    database = instance / "consult.sqlite3"
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{database}"
    assert database.stat().st_size > 0 and mode(database) == 0o600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_development_server_names_no_versions(tmp_path: Path) -> None:
    """``consult serve`` as ``make run`` starts it, on loopback."""
    port = free_port()
    env = {**os.environ, "CONSULT_ENV": "development", "CONSULT_INSTANCE_DIR": str(tmp_path / "instance")}
    for name in ("DATABASE_URL", "SECRET_KEY"):
        env.pop(name, None)
    command = [sys.executable, "-c", "from consult.cli import main; main()", "serve", "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90  # gunicorn loads the word lists before it listens
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/app.css", timeout=2) as response:
                    header = response.headers["Server"]
                break
            except OSError:
                assert time.monotonic() < deadline, "consult serve did not start"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=60)  # gunicorn lets its workers finish first
    assert header == "consult"
