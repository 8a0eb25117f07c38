"""The safeguarding queue: flagged answers a reviewer must see, and what they did about them.

Facilitators see answers given at their own organisation's venues; PCC staff and admins see
all. The scope is applied in the query (``consult.data.safeguarding``), so an answer outside it
is simply not found. The words that raised a flag are found again, at display time, by running
the screen on the stored (already anonymised) text: nothing but that text is ever shown, and a
reviewer never learns who wrote it (the service does not know).

An item is overdue when it has been open longer than ``SAFEGUARDING_OVERDUE_HOURS``. Responses
keep only the day they were given, not the time, so an item counts as open from the start of
that day (UTC): it is highlighted early rather than late.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from flask import current_app

from consult.data import safeguarding as safeguarding_data
from consult.extensions import db
from consult.models import Answer, ReviewOutcome, Role, SafeguardingReview, User
from consult.pipeline import safeguarding as screen
from consult.services.audit import record_by_current_user as record

NOTE_MAX_CHARS = 500
CATEGORY_LABELS = {
    screen.SUICIDE: "Suicide or self-harm",
    screen.ABUSE: "Abuse or violence",
    screen.CHILD: "Child at risk",
    screen.DANGER: "Immediate danger",
    screen.EXPLOITATION: "Criminal exploitation",
}
OUTCOME_LABELS = {
    ReviewOutcome.CONTACTED_SUPPORT: "Contacted support",
    ReviewOutcome.REFERRED: "Referred",
    ReviewOutcome.NO_ACTION_NEEDED: "No action needed",
    ReviewOutcome.FALSE_ALARM: "False alarm",
}
CHANNEL_LABELS = {"kiosk": "Kiosk", "sms": "Text message", "facilitator": "Facilitator entry", "import": "Paper import"}


class NotInQueue(LookupError):
    """No flagged answer with that id in this reviewer's scope."""


class AlreadyReviewed(ValueError):
    """The item was reviewed already (perhaps by someone else a moment ago)."""


@dataclass(frozen=True)
class ReviewSummary:
    outcome: str
    note: str
    reviewed_by: str
    reviewed_at: datetime


@dataclass(frozen=True)
class QueueItem:
    answer_id: int
    day: date
    venue: str
    channel: str
    question: str
    categories: tuple[str, ...]
    matched: tuple[str, ...]
    parts: tuple[tuple[str, bool], ...]  # the stored text, split into (words, raised the flag?)
    overdue: bool
    review: ReviewSummary | None


@dataclass(frozen=True)
class Queue:
    items: tuple[QueueItem, ...]
    open_count: int
    overdue_count: int
    overdue_hours: int


def organisation_scope(user: User) -> int | None:
    """None (everything) for staff and admins; a facilitator's own organisation otherwise."""
    return None if user.role in (Role.ADMIN, Role.STAFF) else user.organisation_id


def open_safeguarding_count(user: User) -> int:
    """Flagged answers in the user's scope that nobody has reviewed yet (for home pages)."""
    return safeguarding_data.count_open(organisation_scope(user))


def queue_for(user: User, now: datetime | None = None) -> Queue:
    """Every flagged answer the user may see, newest first; the viewing is audited."""
    now = now or datetime.now(UTC)
    hours = overdue_hours()
    items = tuple(_item(answer, review, now, hours) for answer, review in
                  safeguarding_data.list_flagged_answers(organisation_scope(user)))
    open_count = sum(1 for item in items if item.review is None)
    record("safeguarding.queue_viewed", "safeguarding_queue", None, items=len(items), open=open_count)
    db.session.commit()
    return Queue(items, open_count, sum(1 for item in items if item.overdue), hours)


def item_for(user: User, answer_id: int, now: datetime | None = None) -> QueueItem:
    answer = _in_scope(user, answer_id)
    item = _item(answer, safeguarding_data.get_review(answer_id), now or datetime.now(UTC), overdue_hours())
    record("safeguarding.item_viewed", "answer", answer_id)
    db.session.commit()
    return item


def review_item(user: User, answer_id: int, outcome: ReviewOutcome, note: str) -> SafeguardingReview:
    """Record what the reviewer did; the note stays in the review, never in the audit trail."""
    answer = _in_scope(user, answer_id)
    if answer.safeguarding_reviewed or safeguarding_data.get_review(answer_id) is not None:
        raise AlreadyReviewed("This item has already been reviewed.")
    review = safeguarding_data.create_review(answer, outcome, note.strip()[:NOTE_MAX_CHARS], user.id)
    record("safeguarding.reviewed", "answer", answer_id, outcome=outcome.value)
    db.session.commit()
    return review


def overdue_hours() -> int:
    return int(current_app.config.get("SAFEGUARDING_OVERDUE_HOURS", 48))


def _in_scope(user: User, answer_id: int) -> Answer:
    answer = safeguarding_data.get_flagged_answer(answer_id, organisation_scope(user))
    if answer is None:
        raise NotInQueue(answer_id)
    return answer


def _item(answer: Answer, review: SafeguardingReview | None, now: datetime, hours: int) -> QueueItem:
    response = answer.response
    text = answer.text or ""
    matched = screen.assess(text).matched if text else ()
    opened = datetime.combine(response.submitted_on, time.min, tzinfo=UTC)
    return QueueItem(
        answer_id=answer.id,
        day=response.submitted_on,
        venue=response.venue.name if response.venue else "No venue (text message)",
        channel=CHANNEL_LABELS.get(response.channel.value, response.channel.value),
        question=answer.question.text_en,
        categories=tuple(CATEGORY_LABELS.get(c, c) for c in answer.safeguarding_categories),
        matched=matched,
        parts=highlight(text, matched),
        overdue=review is None and now - opened > timedelta(hours=hours),
        review=_summary(review),
    )


def _summary(review: SafeguardingReview | None) -> ReviewSummary | None:
    if review is None:
        return None
    return ReviewSummary(OUTCOME_LABELS[review.outcome], review.note, review.reviewed_by.name, review.reviewed_at)


def highlight(text: str, phrases: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """Split ``text`` into runs, marking where the screen's (lower-cased) phrases occur."""
    if not text or not phrases:
        return ((text, False),) if text else ()
    words = sorted(phrases, key=len, reverse=True)
    pattern = re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in words if p.split()), re.IGNORECASE)
    parts: list[tuple[str, bool]] = []
    end = 0
    for match in pattern.finditer(text):
        if match.start() > end:
            parts.append((text[end:match.start()], False))
        parts.append((match.group(0), True))
        end = match.end()
    if end < len(text):
        parts.append((text[end:], False))
    return tuple(parts)
