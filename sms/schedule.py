"""Reminders and expiry, worked out from a conversation's state and the time (pure).

One reminder after ``reminder_after`` of silence, moved out of the quiet hours
(21:00-08:00 UK time, whatever the season); the conversation expires after
``expire_after`` of silence. ``consult sms-reminders`` calls :func:`due` for each
active conversation and sends what comes back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from sms.dialogue import Event, Step, compose
from sms.rules import DEFAULT_RULES, Rules
from sms.state import ConversationState, Status
from sms.survey import Survey, ask
from sms.texts import render


def outside_quiet_hours(moment: datetime, rules: Rules = DEFAULT_RULES) -> datetime:
    """``moment``, or the next 08:00 UK time if it falls in the quiet hours (UTC out)."""
    local = moment.astimezone(rules.timezone)
    morning = time(rules.quiet_end_hour)
    if local.hour >= rules.quiet_start_hour:
        day = local.date() + timedelta(days=1)
    elif local.hour < rules.quiet_end_hour:
        day = local.date()
    else:
        return moment.astimezone(UTC)
    return datetime.combine(day, morning, tzinfo=rules.timezone).astimezone(UTC)


def in_quiet_hours(moment: datetime, rules: Rules = DEFAULT_RULES) -> bool:
    hour = moment.astimezone(rules.timezone).hour
    return hour >= rules.quiet_start_hour or hour < rules.quiet_end_hour


def reminder_at(state: ConversationState, rules: Rules = DEFAULT_RULES) -> datetime:
    """When the one reminder may go."""
    return outside_quiet_hours(state.last_inbound_at + rules.reminder_after, rules)


def expires_at(state: ConversationState, rules: Rules = DEFAULT_RULES) -> datetime:
    return state.last_inbound_at + rules.expire_after


def due(state: ConversationState, survey: Survey, now: datetime, rules: Rules = DEFAULT_RULES) -> Step | None:
    """The reminder or expiry due at ``now``, or None when nothing is due."""
    waiting = state.status in (Status.ACTIVE, Status.RESUME_OFFERED)
    if not waiting:
        return None
    if now >= expires_at(state, rules):
        return Step(replace(state, status=Status.EXPIRED), events=(Event.EXPIRED,))
    if state.status != Status.ACTIVE or state.reminder_sent or not survey.is_open:
        return None
    if now < reminder_at(state, rules) or in_quiet_hours(now, rules):
        return None  # a late cron run must not text anyone at night
    if state.question_index >= len(survey.questions):
        return None
    question = ask(survey, state.question_index, state.language)
    replies = compose(render("reminder", state.language), question)
    if len(replies) > 1:
        replies = replies[:1]  # one text only: the reminder says to answer the last question
    return Step(replace(state, reminder_sent=True), replies, events=(Event.REMINDED,))
