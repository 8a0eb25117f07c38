"""A lived-experience forum checks the summary before it is published, through its facilitator.

Staff make a read-only link for a named forum: the token is in the URL only, its SHA-256 is
stored, it expires (14 days unless staff choose otherwise) and can be revoked. Whoever holds the
link sees the suppressed public view and may comment, optionally on one theme. Comments are
anonymised like every answer before they are stored; staff record what they changed in reply.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from flask import current_app
from flask_login import current_user

from consult.data import forum as forum_data
from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Consultation, ForumComment, ForumReview
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import prepare_text
from consult.services.audit import record, record_by_current_user
from consult.services.consultations import BuilderError

DEFAULT_DAYS = 14
MAX_DAYS = 90
COMMENT_MAX_CHARS = 2000
FORUM_NAME_MAX_CHARS = 200


@dataclass(frozen=True)
class NewLink:
    review: ForumReview
    token: str  # shown once, to hand to the facilitator; only its hash is kept


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes: they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_live(review: ForumReview, now: datetime | None = None) -> bool:
    return not review.revoked and _aware(review.expires_at) > (now or datetime.now(UTC))


def create_link(consultation: Consultation, forum_name: str, days: int = DEFAULT_DAYS) -> NewLink:
    name = forum_name.strip()
    errors = {}
    if not name:
        errors["forum_name"] = "Enter the name of the forum"
    elif len(name) > FORUM_NAME_MAX_CHARS:
        errors["forum_name"] = "The forum's name must be 200 characters or fewer"
    if not 1 <= days <= MAX_DAYS:
        errors["days"] = f"The link must last between 1 and {MAX_DAYS} days"
    if errors:
        raise BuilderError(errors)
    token = secrets.token_urlsafe(32)
    user_id = int(current_user.id) if current_user and current_user.is_authenticated else None
    review = forum_data.create_review(consultation.id, name, token_hash(token),
                                      datetime.now(UTC) + timedelta(days=days), user_id)
    record_by_current_user("forum_review.link_created", "forum_review", review.id, consultation=consultation.id,
                           days=days)
    db.session.commit()
    return NewLink(review, token)


def revoke(consultation: Consultation, review_id: int) -> ForumReview | None:
    review = forum_data.get_review(consultation.id, review_id)
    if review is None:
        return None
    if not review.revoked:
        review.revoked = True
        record_by_current_user("forum_review.link_revoked", "forum_review", review.id, consultation=consultation.id)
        db.session.commit()
    return review


def review_for_token(token: str) -> ForumReview | None:
    """The review a link opens, or None when it is unknown, expired or revoked (all look the same)."""
    review = forum_data.get_review_by_hash(token_hash(token))
    if review is None or not is_live(review):
        return None
    return review


@dataclass(frozen=True)
class CommentAdded:
    comment: ForumComment
    needs_support: bool  # the words suggest risk: the page offers support at once, as after any answer


def add_comment(review: ForumReview, body: str, theme_id: int | None) -> CommentAdded:
    """Anonymise and keep a forum's comment; a theme from another consultation is refused."""
    if not body.strip():
        raise BuilderError({"body": "Enter your comment"})
    if len(body) > COMMENT_MAX_CHARS:
        raise BuilderError({"body": f"Your comment must be {COMMENT_MAX_CHARS:,} characters or fewer"})
    theme_ids = {theme.id for theme in theme_data.list_themes(review.consultation_id)}
    if theme_id is not None and theme_id not in theme_ids:
        raise BuilderError({"theme_id": "Choose a theme from the list"})
    limit = int(current_app.config.get("ANSWER_MAX_CHARS", COMMENT_MAX_CHARS))
    prepared = prepare_text(body, anonymiser_for_organisations(), limit)
    comment = forum_data.create_comment(review.id, theme_id, prepared.text)
    # Nobody is signed in: the event names the review, never the words.
    record("forum_review.comment_added", user_id=None, object_type="forum_comment", object_id=comment.id,
           review=review.id)
    db.session.commit()
    return CommentAdded(comment, prepared.safeguarding_flagged)


def reviews(consultation: Consultation) -> list[ForumReview]:
    return forum_data.list_reviews(consultation.id)


def respond(consultation: Consultation, comment_id: int, staff_response: str) -> ForumComment | None:
    """Record what staff changed in answer to a comment (shown to staff and in the report)."""
    comment = forum_data.get_comment(consultation.id, comment_id)
    if comment is None:
        return None
    text = staff_response.strip()
    if len(text) > COMMENT_MAX_CHARS:
        raise BuilderError({f"response-{comment_id}": "The response must be 2,000 characters or fewer"})
    comment.staff_response = text
    record_by_current_user("forum_review.comment_answered", "forum_comment", comment.id, consultation=consultation.id)
    db.session.commit()
    return comment


@dataclass(frozen=True)
class Change:
    theme: str | None  # the theme the comment was about (None: the summary as a whole)
    comment: str  # anonymised
    staff_response: str  # what staff changed ("" while unanswered)


@dataclass(frozen=True)
class ForumNote:
    """One forum's check, as the report prints it: who reviewed, when, and what changed."""

    forum_name: str
    shared_on: date
    comments: int
    changes: tuple[Change, ...]


def report_notes(consultation: Consultation) -> list[ForumNote]:
    """Every forum that was asked, oldest first, with its comments and what staff changed."""
    notes = []
    for review in reversed(forum_data.list_reviews(consultation.id)):
        changes = tuple(Change(comment.theme.name if comment.theme else None, comment.body, comment.staff_response)
                        for comment in review.comments)
        notes.append(ForumNote(review.forum_name, _aware(review.created_at).date(), len(changes), changes))
    return notes
