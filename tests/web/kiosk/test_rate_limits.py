"""A flood of kiosk requests is slowed with a clear message, not a crash."""

from __future__ import annotations

from pathlib import Path

from consult import create_app
from tests.conftest import enrol


def test_kiosk_flood_gets_a_friendly_429(demo_database: Path, tmp_path: Path) -> None:
    import shutil

    target = tmp_path / "limited.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "RATELIMIT_ENABLED": True})
    client = app.test_client()
    enrol(client, app)
    statuses = [client.get("/kiosk/").status_code for _ in range(125)]
    assert statuses.count(200) == 120
    assert statuses[-1] == 429
    refused = client.get("/kiosk/")
    assert "Please wait a minute" in refused.get_data(as_text=True)
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
