"""Steps for "you said, we did" and the forum check: a small published consultation of their own,
a forum's preview link, and the staff pages that make and answer them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from playwright.sync_api import Page

from consult.extensions import db
from consult.models import Consultation, ForumReview
from consult.services import forum_review
from tests.browser.steps import Step, Visit, goto
from tests.web.public.factory import make_small_consultation

SLUG = "browser-results-2027"
LONG_WELSH_UPDATE = "Dywedoch chi fod angen i'r heddlu wrando'n well ar bobl ŵ. " * 4


def _consultation_id(visit: Visit) -> int:
    """The published consultation these pages show, made once per server."""
    with visit.server.app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug=SLUG).one_or_none()
        consultation_id = consultation.id if consultation else make_small_consultation(slug=SLUG)
        db.session.remove()
    return consultation_id


def published_results(page: Page, visit: Visit) -> None:
    _consultation_id(visit)
    goto(f"/results/{SLUG}")(page, visit)


def _new_link(visit: Visit, *, expired: bool = False) -> str:
    consultation_id = _consultation_id(visit)
    with visit.server.app.app_context():
        link = forum_review.create_link(db.session.get(Consultation, consultation_id), "Browser check forum")
        if expired:
            review = db.session.get(ForumReview, link.review.id)
            review.expires_at = datetime.now(UTC) - timedelta(minutes=1)
            db.session.commit()
        db.session.remove()
    return f"/forum-review/{link.token}"


def forum_link(page: Page, visit: Visit) -> None:
    goto(_new_link(visit))(page, visit)


def expired_forum_link(page: Page, visit: Visit) -> None:
    goto(_new_link(visit, expired=True))(page, visit)


def send_forum_comment(text: str) -> Step:
    def step(page: Page, _visit: Visit) -> None:
        if text:
            page.locator("textarea#body").fill(text)
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()

    return step


def staff_results_page(path: str) -> Step:
    """``path`` under /staff/consultations/<id> of the published consultation."""

    def step(page: Page, visit: Visit) -> None:
        goto(f"/staff/consultations/{_consultation_id(visit)}{path}")(page, visit)

    return step


def make_staff_link(page: Page, _visit: Visit) -> None:
    page.locator("#forum_name").fill("Riverside lived-experience forum")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def comment_left(page: Page, visit: Visit) -> None:
    """A forum left a comment, so the staff page has one to answer."""
    forum_link(page, visit)
    send_forum_comment("A theme is missing: nobody asked about housing.")(page, visit)


def long_welsh_update(page: Page, _visit: Visit) -> None:
    page.locator("#update_cy").fill(LONG_WELSH_UPDATE)
    with page.expect_navigation():
        page.locator("form[action$='/you-said/update'] button[type=submit]").click()
