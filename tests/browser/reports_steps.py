"""Steps for the reports pages: the demo consultation with a PCC response and a forum's check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from playwright.sync_api import Page
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation, ForumComment, ForumReview, Theme
from tests.browser.server import DEMO_SLUG
from tests.browser.steps import Visit

FORUM = "Riverside lived-experience group"


def with_response_and_forum_check(_page: Page, visit: Visit) -> None:
    """Write the PCC's response to one theme and a forum's comments on the draft (once per server)."""
    with visit.server.app.app_context():
        consultation = db.session.scalars(select(Consultation).where(Consultation.slug == DEMO_SLUG)).one()
        if db.session.scalars(select(ForumReview).where(ForumReview.forum_name == FORUM)).first() is None:
            theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id,
                                                           Theme.name.like("Police%"))).first()
            assert theme is not None
            theme.response_en = "We now fund mental health nurses in every custody suite."
            theme.response_cy = "Rydym bellach yn ariannu nyrsys iechyd meddwl ym mhob dalfa."
            review = ForumReview(consultation_id=consultation.id, forum_name=FORUM, token_hash="b" * 64,
                                 expires_at=datetime.now(UTC) + timedelta(days=7))
            db.session.add(review)
            db.session.flush()
            db.session.add(ForumComment(review_id=review.id, theme_id=theme.id,
                                        body="This quote is not what we meant.",
                                        staff_response="Quote replaced with one the group chose."))
            db.session.commit()
        db.session.remove()
