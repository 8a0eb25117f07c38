"""Texts from one phone arriving at the same moment, on a real SQLite file, from threads."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from flask import Flask

from consult.data import sms as sms_data
from tests.web.sms.db_helpers import SmsConversation, SmsInboundMessage, conversation, count, sms_answers
from tests.web.sms.twilio_helpers import Phone, new_sid


def at_once(app: Flask, work: list[Callable[[Phone], list[str]]], number: str) -> list[list[str]]:
    """Run each piece of work in its own thread with its own client, released together."""
    barrier = threading.Barrier(len(work))
    results: list[list[str]] = [[] for _ in work]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        phone = Phone(app.test_client(), number)
        barrier.wait()
        try:
            results[index] = work[index](phone)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.fixture(params=["locked", "optimistic"])
def locking(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run with the write locks, and without them, where only the version column, the unique
    constraints and the retry keep the conversation consistent."""
    if request.param == "optimistic":
        monkeypatch.setattr(sms_data, "begin_write", lambda: None)
    return str(request.param)


def test_simultaneous_answers_are_neither_lost_nor_doubled(sms_app: Flask, phone: Phone, locking: str) -> None:
    phone.text("VOICE")
    phone.text("1")  # now on question 2; questions 2-6 all accept "3"
    results = at_once(sms_app, [lambda p: p.text("3") for _ in range(5)], phone.number)
    assert all(results)  # every message got its reply
    answers = sms_answers(sms_app)
    assert [position for _, position, _, _ in answers] == [1, 2, 3, 4, 5, 6]
    assert conversation(sms_app).question_index == 6
    assert count(sms_app, SmsInboundMessage) == 7


def test_simultaneous_redeliveries_are_processed_once(sms_app: Flask, phone: Phone, locking: str) -> None:
    phone.text("VOICE")
    sid = new_sid()
    results = at_once(sms_app, [lambda p: p.text("1", sid=sid) for _ in range(4)], phone.number)
    assert sorted(len(r) for r in results) == [0, 0, 0, 1]
    assert len(sms_answers(sms_app)) == 1


def test_simultaneous_joins_make_one_conversation(sms_app: Flask, locking: str) -> None:
    results = at_once(sms_app, [lambda p: p.text("VOICE") for _ in range(4)], "+447700900555")
    assert count(sms_app, SmsConversation) == 1
    assert sum(1 for r in results if len(r) == 2) == 1  # one welcome; the rest repeat question 1
