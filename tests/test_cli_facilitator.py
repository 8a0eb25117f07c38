"""The demo's facilitator login, and the safeguarding-labels command."""

from __future__ import annotations

import json
import re

from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Role, User
from consult.services.safeguarding_queue import open_safeguarding_count
from consult.services.users import authenticate
from tests.conftest import csrf_token
from tests.web.facilitator.world import World, build_world, sign_in

LINE = re.compile(r"^Facilitator login: (\S+) / (\S+)$", re.M)


def test_demo_prints_the_facilitator_login_below_the_admin_line(app: Flask, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CONSULT_DEMO_PASSWORD", "a-known-demo-password")
    output = app.test_cli_runner().invoke(args=["demo"]).output
    lines = output.splitlines()
    admin = next(i for i, line in enumerate(lines) if line.startswith("Admin login:"))
    assert lines[admin + 1] == "Facilitator login: facilitator@consult.example / a-known-demo-password"
    with app.app_context():
        user = authenticate("facilitator@consult.example", "a-known-demo-password")
        assert user is not None and user.role is Role.FACILITATOR
        assert user.organisation.name == "Riverside Women's Centre (partner)"
        admin = authenticate("admin@consult.example", "a-known-demo-password")
        assert admin is not None and open_safeguarding_count(admin) >= open_safeguarding_count(user)


def test_demo_facilitator_password_is_random_each_run(app: Flask, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CONSULT_DEMO_PASSWORD", raising=False)
    runner = app.test_cli_runner()
    first = LINE.search(runner.invoke(args=["demo"]).output)
    second = LINE.search(runner.invoke(args=["demo"]).output)
    assert first and second and first.group(2) != second.group(2)
    with app.app_context():
        assert authenticate(second.group(1), second.group(2)) is not None
        assert authenticate(first.group(1), first.group(2)) is None
        assert len(db.session.scalars(select(User).where(User.email == first.group(1))).all()) == 1


def _review(app: Flask, world: World, key: str, outcome: str) -> None:
    client = sign_in(app.test_client(), world.users["staff"])
    url = f"/facilitator/safeguarding/{world.flagged[key]}"
    token = csrf_token(client.get(url).get_data(as_text=True))
    assert client.post(url, data={"csrf_token": token, "outcome": outcome, "note": "checked"}).status_code == 302


def test_safeguarding_labels_writes_false_alarms_and_confirmed_items(app: Flask) -> None:
    world = build_world(app)
    _review(app, world, "a", "false_alarm")
    _review(app, world, "b", "referred")
    result = app.test_cli_runner().invoke(args=["safeguarding-labels"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(line["risk"], line["outcome"]) for line in lines] == [(False, "false_alarm"), (True, "referred")]
    assert lines[0]["categories"] == ["suicide_or_self_harm"] and "kill myself" in lines[0]["text"]
    assert lines[1]["text"].startswith("My partner hits me")
