"""No inbound text ever needs a second database connection while it holds one.

Under load the old webhook stalled: threads each held a pooled connection (and SQLite's
write turn) while the thread with the turn waited for another pooled connection to reload
the cached keywords. Here the pool has one connection, the caches reload on every text, and
several texts from one phone arrive at once: each request must finish on one connection.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from consult import create_app
from consult.extensions import db
from tests.web.sms.db_helpers import conversation, sms_answers
from tests.web.sms.test_sms_concurrency import at_once
from tests.web.sms.twilio_helpers import Phone


@pytest.fixture()
def one_connection_app(tmp_path: Path, demo_database: Path) -> Iterator[Flask]:
    target = tmp_path / "test.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app(
        "testing",
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}",
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 1, "max_overflow": 0, "pool_timeout": 10},
            "CACHE_SECONDS": 0,  # every text reloads the surveys, keywords and place names
        },
    )
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_concurrent_texts_need_only_one_connection_each(one_connection_app: Flask) -> None:
    phone = Phone(one_connection_app.test_client(), "+447700900444")
    phone.text("VOICE")
    phone.text("1")
    results = at_once(one_connection_app, [lambda p: p.text("3") for _ in range(5)], phone.number)
    assert all(results)
    assert [position for _, position, _, _ in sms_answers(one_connection_app)] == [1, 2, 3, 4, 5, 6]
    assert conversation(one_connection_app).question_index == 6
