"""The consult command: demo, create-user, kiosk-link, db upgrade and anonymise."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Consultation, Question, Response, User, Venue


def test_demo_seeds_once_and_prints_the_login_and_kiosk_link(app: Flask, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CONSULT_DEMO_PASSWORD", "a-known-demo-password")
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "--base-url", "http://127.0.0.1:5050"])
    assert first.exit_code == 0, first.output
    assert "Admin login: admin@consult.example / a-known-demo-password" in first.output
    kiosk_url = re.search(r"^Kiosk: (\S+)$", first.output, re.M)
    assert kiosk_url and kiosk_url.group(1).startswith("http://127.0.0.1:5050/kiosk/enrol/")
    second = runner.invoke(args=["demo"])
    assert "already present" in second.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Consultation)) == 1
        consultation = db.session.scalars(select(Consultation)).one()
        assert consultation.sms_keyword == "VOICE"
        assert 6 <= db.session.scalar(select(func.count()).select_from(Question)) <= 7
        assert all(q.text_cy and q.sms_text_cy for q in consultation.questions)
        assert {v.venue_type.value for v in db.session.scalars(select(Venue))} == {
            "womens_centre", "hostel", "probation_forum"}
        assert db.session.scalar(select(func.count()).select_from(Response)) >= 24
    client = app.test_client()
    assert client.get(kiosk_url.group(1).replace("http://127.0.0.1:5050", "")).status_code == 302
    assert client.get("/kiosk/").status_code == 200


def test_demo_prints_a_fresh_random_password_each_time(app: Flask, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CONSULT_DEMO_PASSWORD", raising=False)
    runner = app.test_cli_runner()
    first = re.search(r"Admin login: \S+ / (\S+)", runner.invoke(args=["demo"]).output)
    second = re.search(r"Admin login: \S+ / (\S+)", runner.invoke(args=["demo"]).output)
    assert first and second and first.group(1) != second.group(1)
    from consult.services.users import authenticate

    with app.app_context():
        assert authenticate("admin@consult.example", second.group(1)) is not None
        assert authenticate("admin@consult.example", first.group(1)) is None


def test_create_user_and_refusals(demo: Flask) -> None:
    runner = demo.test_cli_runner()
    organisation = "Office of the Police and Crime Commissioner (demo)"
    ok = runner.invoke(args=["create-user", "--email", "Staff@PCC.example", "--name", "Sam", "--role", "staff",
                             "--organisation", organisation, "--password", "correct horse battery"])
    assert ok.exit_code == 0, ok.output
    with demo.app_context():
        user = db.session.scalars(select(User).where(User.email == "staff@pcc.example")).one()
        assert user.password_hash.startswith("$argon2")
    duplicate = runner.invoke(args=["create-user", "--email", "staff@pcc.example", "--name", "Sam",
                                    "--organisation", organisation, "--password", "correct horse battery"])
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output
    weak = runner.invoke(args=["create-user", "--email", "x@pcc.example", "--name", "X",
                               "--organisation", organisation, "--password", "short"])
    assert weak.exit_code != 0 and "at least 12" in weak.output
    nowhere = runner.invoke(args=["create-user", "--email", "y@pcc.example", "--name", "Y",
                                  "--organisation", "Nope", "--password", "correct horse battery"])
    assert nowhere.exit_code != 0 and "No organisation" in nowhere.output


def test_kiosk_link_prints_a_working_enrolment_url(demo: Flask) -> None:
    runner = demo.test_cli_runner()
    result = runner.invoke(args=["kiosk-link", "--venue", "Station Road Hostel", "--consultation", "your-voice-2027"])
    assert result.exit_code == 0, result.output
    url = result.output.strip()
    assert url.startswith("https://consult.example.org/kiosk/enrol/")
    client = demo.test_client()
    client.get(url.replace("https://consult.example.org", ""))
    assert "Station Road Hostel" in client.get("/kiosk/").get_data(as_text=True)
    missing = runner.invoke(args=["kiosk-link", "--venue", "Nowhere", "--consultation", "your-voice-2027"])
    assert missing.exit_code != 0 and "No venue" in missing.output


def test_db_upgrade_and_anonymise_through_the_real_command(tmp_path: Path) -> None:
    """The installed console script, as `make run` and the eval kit call it."""
    consult = Path(sys.executable).parent / "consult"
    env = {"CONSULT_INSTANCE_DIR": str(tmp_path), "PATH": str(Path(sys.executable).parent)}
    upgrade = subprocess.run([str(consult), "db", "upgrade"], env=env, capture_output=True, text=True, timeout=120)
    assert upgrade.returncode == 0, upgrade.stderr
    assert (tmp_path / "consult.sqlite3").exists()
    lines = "\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate([
        "ring me on 07912 345678", "email a.person@example.org", "nothing personal here"]))
    result = subprocess.run([str(consult), "anonymise"], input=lines, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["redacted"] == "ring me on [PHONE]"
    assert rows[0]["entities"][0]["start"] == 11
    assert "[EMAIL]" in rows[1]["redacted"]
    assert rows[2]["redacted"] == "nothing personal here" and rows[2]["entities"] == []
