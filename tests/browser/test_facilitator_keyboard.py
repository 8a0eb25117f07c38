"""A safeguarding item can be found and reviewed with the keyboard alone."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from consult.extensions import db
from consult.models import ReviewOutcome, SafeguardingReview
from tests.browser.facilitator_steps import FACILITATOR, add_flagged_answer, signed_in
from tests.browser.server import LiveServer
from tests.browser.steps import Visit

MAX_TABS = 60


def _tab_to(page: Any, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has focus, as a keyboard user would."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector):
            return
    raise AssertionError(f"{selector} never received focus by Tab")


@pytest.mark.browser
def test_keyboard_only_review_of_a_queue_item(live_server: LiveServer, page: Any) -> None:
    answer_id = add_flagged_answer(live_server)
    signed_in(FACILITATOR)(page, Visit(live_server, "en"))
    page.goto(live_server.url("/facilitator/safeguarding"))

    _tab_to(page, f"a[href='/facilitator/safeguarding/{answer_id}']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/facilitator/safeguarding/{answer_id}")

    _tab_to(page, "input[name=outcome]")  # the first radio of the group
    page.keyboard.press("ArrowDown")  # arrows move through a radio group and select
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator("input[name=outcome]:checked").get_attribute("value") == "false_alarm"
    _tab_to(page, "textarea[name=note]")
    page.keyboard.type("Quoting a song lyric; checked with the group.")
    _tab_to(page, "main form [type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/facilitator/safeguarding")
    assert f"Item {answer_id} marked as reviewed." in page.locator(".govuk-notification-banner").inner_text()
    with live_server.app.app_context():
        review = db.session.scalar(select(SafeguardingReview).where(SafeguardingReview.answer_id == answer_id))
        assert review is not None and review.outcome is ReviewOutcome.FALSE_ALARM
        assert review.note == "Quoting a song lyric; checked with the group."
