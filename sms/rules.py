"""Timings and limits for the SMS channel, as data so tests and config can change them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo

from sms.keywords import DEFAULT_KEYWORDS, Keywords

#: Kiosk answers may be 2,000 characters; an SMS answer is cut at 1,000 because a
#: concatenated SMS carries at most 1,600 and a long text is usually a paste or a
#: forwarded chain rather than the person's own answer.
SMS_ANSWER_LIMIT = 1_000


@dataclass(frozen=True, slots=True)
class Rules:
    """When to remind, when to expire, how long an answer may be, and which words mean what."""

    reminder_after: timedelta = timedelta(hours=24)
    expire_after: timedelta = timedelta(hours=72)
    quiet_start_hour: int = 21  # no reminders from 21:00 ...
    quiet_end_hour: int = 8  # ... until 08:00, UK time
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/London"))
    answer_limit: int = SMS_ANSWER_LIMIT
    keywords: Keywords = DEFAULT_KEYWORDS


DEFAULT_RULES = Rules()
