"""Queries for a forum's check of a summary: review links and the comments left through them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from consult.extensions import db
from consult.models import ForumComment, ForumReview


def create_review(consultation_id: int, forum_name: str, token_hash: str, expires_at: datetime,
                  created_by_id: int | None) -> ForumReview:
    review = ForumReview(consultation_id=consultation_id, forum_name=forum_name, token_hash=token_hash,
                         expires_at=expires_at, created_by_id=created_by_id)
    db.session.add(review)
    db.session.flush()
    return review


def get_review_by_hash(token_hash: str) -> ForumReview | None:
    return db.session.scalar(select(ForumReview).where(ForumReview.token_hash == token_hash))


def get_review(consultation_id: int, review_id: int) -> ForumReview | None:
    return db.session.scalar(
        select(ForumReview).where(ForumReview.id == review_id, ForumReview.consultation_id == consultation_id)
    )


def list_reviews(consultation_id: int) -> list[ForumReview]:
    """A consultation's review links, newest first, with their comments."""
    query = select(ForumReview).where(ForumReview.consultation_id == consultation_id).order_by(ForumReview.id.desc())
    return list(db.session.scalars(query))


def create_comment(review_id: int, theme_id: int | None, body: str) -> ForumComment:
    comment = ForumComment(review_id=review_id, theme_id=theme_id, body=body)
    db.session.add(comment)
    db.session.flush()
    return comment


def get_comment(consultation_id: int, comment_id: int) -> ForumComment | None:
    query = (
        select(ForumComment)
        .join(ForumReview, ForumComment.review_id == ForumReview.id)
        .where(ForumComment.id == comment_id, ForumReview.consultation_id == consultation_id)
    )
    return db.session.scalar(query)
