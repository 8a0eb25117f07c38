"""A forum's check of the summary: a link whose hash only is kept, that expires and can be revoked,
and comments anonymised before they are stored."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import AuditEvent, Consultation, ForumComment, ForumReview, Theme
from consult.services import forum_review
from consult.services.consultations import BuilderError


def _consultation() -> Consultation:
    return db.session.scalars(select(Consultation).where(Consultation.slug == "your-voice-2027")).one()


def test_the_link_keeps_only_its_hash_and_expires(demo: Flask) -> None:
    with demo.app_context():
        link = forum_review.create_link(_consultation(), "  Riverside lived-experience group ", days=14)
        review = db.session.get(ForumReview, link.review.id)
        assert review.forum_name == "Riverside lived-experience group"
        assert review.token_hash == hashlib.sha256(link.token.encode()).hexdigest() != link.token
        assert len(link.token) >= 40  # 32 random bytes
        expires = review.expires_at if review.expires_at.tzinfo else review.expires_at.replace(tzinfo=UTC)
        assert timedelta(days=13, hours=23) < expires - datetime.now(UTC) <= timedelta(days=14)
        assert forum_review.review_for_token(link.token) is review
        assert forum_review.review_for_token(link.token + "x") is None
        review.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        db.session.commit()
        assert forum_review.review_for_token(link.token) is None
        events = [e.detail for e in db.session.scalars(select(AuditEvent))]
    assert all(link.token not in str(detail) for detail in events)


def test_a_revoked_link_opens_nothing(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        link = forum_review.create_link(consultation, "Probation forum")
        assert forum_review.revoke(consultation, link.review.id) is not None
        assert forum_review.review_for_token(link.token) is None
        assert forum_review.revoke(consultation, 999_999) is None


@pytest.mark.parametrize(("name", "days", "field"), [("", 14, "forum_name"), ("Forum", 0, "days"),
                                                      ("Forum", 91, "days"), ("x" * 201, 14, "forum_name")])
def test_a_link_needs_a_forum_and_a_sensible_life(demo: Flask, name: str, days: int, field: str) -> None:
    with demo.app_context(), pytest.raises(BuilderError) as refused:
        forum_review.create_link(_consultation(), name, days)
    assert field in refused.value.errors


def test_comments_are_anonymised_before_they_are_stored(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        review = forum_review.create_link(consultation, "Women's forum").review
        theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id)).first()
        added = forum_review.add_comment(
            review, "Dave Jones says that quote is not what we meant, ring him on 07912 345678", theme.id)
        comment = added.comment
        assert not added.needs_support
        stored = db.session.get(ForumComment, comment.id)
        assert "Dave Jones" not in stored.body and "07912" not in stored.body
        assert "[NAME]" in stored.body and "[PHONE]" in stored.body and "not what we meant" in stored.body
        assert stored.theme_id == theme.id and stored.staff_response == ""
        whole = forum_review.add_comment(review, "A theme is missing: housing.", None).comment
        assert whole.theme_id is None
        with pytest.raises(BuilderError):
            forum_review.add_comment(review, "   ", None)
        with pytest.raises(BuilderError):
            forum_review.add_comment(review, "About a theme that is not here", 999_999)
        answered = forum_review.respond(consultation, comment.id, "Quote replaced with one the forum chose.")
        assert answered is not None and answered.staff_response == "Quote replaced with one the forum chose."
        assert [c.id for c in forum_review.reviews(consultation)[0].comments] == [comment.id, whole.id]


def test_report_notes_say_who_reviewed_and_what_changed(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        first = forum_review.create_link(consultation, "Women's forum").review
        forum_review.create_link(consultation, "Probation forum")
        theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id)).first()
        comment = forum_review.add_comment(first, "That quote is not what we meant.", theme.id).comment
        forum_review.add_comment(first, "A theme is missing: housing.", None)
        forum_review.respond(consultation, comment.id, "Quote replaced.")
        notes = forum_review.report_notes(consultation)
    assert [(n.forum_name, n.comments) for n in notes] == [("Women's forum", 2), ("Probation forum", 0)]
    assert notes[0].shared_on == datetime.now(UTC).date()
    assert notes[0].changes == (
        forum_review.Change(theme.name, "That quote is not what we meant.", "Quote replaced."),
        forum_review.Change(None, "A theme is missing: housing.", ""),
    )


def test_a_comment_that_suggests_risk_offers_support(demo: Flask) -> None:
    with demo.app_context():
        review = forum_review.create_link(_consultation(), "Forum").review
        added = forum_review.add_comment(review, "Reading this made me want to kill myself.", None)
    assert added.needs_support
