"""Shared fixtures: an app on a real SQLite file (or PostgreSQL), the demo data, and clients.

Each test gets its own database file, so tests that use threads see a real database.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult import create_app
from consult.extensions import db
from consult.services.jobs import wait_for_background

pytest_plugins = ["tests.privacy_guard"]

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_URL = os.environ.get("CONSULT_TEST_POSTGRES_URL", "")
REDIS_URL = os.environ.get("CONSULT_TEST_REDIS_URL", "")
CSRF_PATTERN = re.compile(r'name="csrf_token" value="([^"]+)"')


def queue_test_url() -> str:
    """The test Redis URL; required under CI=true (a queue test fails without it), skipped on a
    laptop without one."""
    if not REDIS_URL:
        if IN_CI:
            pytest.fail("CONSULT_TEST_REDIS_URL is not set: .ci/run must start Redis")
        pytest.skip("set CONSULT_TEST_REDIS_URL to run the queue tests")
    return REDIS_URL


def make_app(database_url: str, **overrides: object) -> Flask:
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": database_url, **overrides})
    with app.app_context():
        db.drop_all()
        db.create_all()
    return app


@pytest.fixture()
def app(tmp_path: Path) -> Iterator[Flask]:
    app = make_app(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield app
    wait_for_background()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture()
def postgres_url() -> str:
    """A PostgreSQL URL; required under CI=true, skipped on a laptop without one."""
    if not POSTGRES_URL:
        if IN_CI:
            pytest.fail("CONSULT_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL")
        pytest.skip("set CONSULT_TEST_POSTGRES_URL to run PostgreSQL tests")
    return POSTGRES_URL


@pytest.fixture()
def pg_app(postgres_url: str) -> Iterator[Flask]:
    app = make_app(postgres_url)
    yield app
    wait_for_background()  # a re-code thread still holding locks would deadlock drop_all
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def background_work_ends_with_its_test() -> Iterator[None]:
    """A whole re-code started after a response runs in a thread: it ends before the next test."""
    yield
    wait_for_background()


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data seeded once per run into a SQLite file that each test copies."""
    from consult.services.demo import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    app = make_app(f"sqlite:///{path}")
    with app.app_context():
        seed_demo()
        db.session.remove()
        db.engine.dispose()  # closing the last connection folds the WAL into the file
    return path


@pytest.fixture()
def demo(tmp_path: Path, demo_database: Path) -> Iterator[Flask]:
    """A fresh app on its own copy of the demo data (organisations, venues, consultation, answers)."""
    target = tmp_path / "test.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}"})
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def csrf_token(html: str) -> str:
    match = CSRF_PATTERN.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


def enrol(client: FlaskClient, app: Flask, venue: str = "Riverside Women's Centre",
          slug: str = "your-voice-2027") -> None:
    from consult.services.kiosk_enrolment import enrolment_token

    with app.app_context():
        token = enrolment_token(venue, slug)
    response = client.get(f"/kiosk/enrol/{token}")
    assert response.status_code == 302


@pytest.fixture()
def kiosk(demo: Flask) -> FlaskClient:
    """A test client on a tablet enrolled for the demo consultation."""
    client = demo.test_client()
    enrol(client, demo)
    return client


def _signed_in(app: Flask, who: str) -> FlaskClient:
    from tests.web.auth_helpers import make_person, sign_in

    client = app.test_client()
    sign_in(client, make_person(app, who).email)
    return client


@pytest.fixture()
def admin(demo: Flask) -> FlaskClient:
    """A test client signed in as a PCC admin, through the sign-in page."""
    return _signed_in(demo, "admin")


@pytest.fixture()
def staff(demo: Flask) -> FlaskClient:
    """A test client signed in as PCC staff."""
    return _signed_in(demo, "staff")


@pytest.fixture()
def facilitator(demo: Flask) -> FlaskClient:
    """A test client signed in as a facilitator of the demo women's centre's organisation."""
    return _signed_in(demo, "facilitator_a")
