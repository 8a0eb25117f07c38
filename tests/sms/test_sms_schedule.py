"""Reminders once, never at night (UK time, either side of the clock change); expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sms.dialogue import ConversationState, Event
from sms.schedule import due, in_quiet_hours, reminder_at
from sms.state import Status
from sms.texts import render
from tests.sms.sms_demo import SURVEY


def active(last: datetime) -> ConversationState:
    return ConversationState(7, "en", Status.ACTIVE, 1, last, last)


def test_nothing_due_before_24_hours() -> None:
    last = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert due(active(last), SURVEY, last + timedelta(hours=23)) is None


def test_one_reminder_after_24_hours_with_the_question() -> None:
    last = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    result = due(active(last), SURVEY, last + timedelta(hours=24))
    assert result is not None and result.events == (Event.REMINDED,)
    assert result.replies[0].startswith(render("reminder", "en"))
    assert result.state is not None and result.state.reminder_sent
    assert due(result.state, SURVEY, last + timedelta(hours=30)) is None


def test_reminder_falling_at_night_waits_for_8am_in_winter() -> None:
    last = datetime(2026, 1, 14, 22, 30, tzinfo=UTC)  # GMT
    assert reminder_at(active(last)) == datetime(2026, 1, 16, 8, 0, tzinfo=UTC)
    assert due(active(last), SURVEY, last + timedelta(hours=25)) is None


def test_reminder_falling_at_night_waits_for_8am_in_summer() -> None:
    last = datetime(2026, 7, 14, 5, 0, tzinfo=UTC)  # 06:00 BST
    assert reminder_at(active(last)) == datetime(2026, 7, 15, 7, 0, tzinfo=UTC)  # 08:00 BST


def test_late_cron_run_at_night_sends_nothing() -> None:
    last = datetime(2026, 1, 14, 12, 0, tzinfo=UTC)
    night = datetime(2026, 1, 15, 23, 0, tzinfo=UTC)
    assert in_quiet_hours(night)
    assert due(active(last), SURVEY, night) is None
    assert due(active(last), SURVEY, datetime(2026, 1, 16, 8, 1, tzinfo=UTC)) is not None


def test_expires_after_72_hours_without_a_message() -> None:
    last = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    result = due(active(last), SURVEY, last + timedelta(hours=72))
    assert result is not None and result.events == (Event.EXPIRED,) and result.replies == ()
    assert result.state is not None and result.state.status == Status.EXPIRED
    assert due(result.state, SURVEY, last + timedelta(hours=100)) is None


def test_finished_or_stopped_conversations_get_nothing() -> None:
    last = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    for status in (Status.COMPLETED, Status.STOPPED, Status.ENDED, Status.EXPIRED):
        state = ConversationState(7, "en", status, 1, last, last)
        assert due(state, SURVEY, last + timedelta(days=30)) is None
