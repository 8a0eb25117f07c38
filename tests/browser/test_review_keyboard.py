"""Theme review works with the keyboard alone: confirm, reject and move an answer, no mouse."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from consult.extensions import db
from consult.models import AnswerTheme, CodeSource, CodeStatus, Role
from tests.browser.review_steps import review_page
from tests.browser.server import LiveServer
from tests.browser.staff_steps import signed_in_as
from tests.browser.steps import Visit

MAX_TABS = 80


def _tab_to(page: Any, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has focus, as a keyboard user would."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector):
            return
    raise AssertionError(f"{selector} never received focus by Tab")


def _focused_answer(page: Any) -> int:
    """The answer whose control has focus (each answer is an <li id="answer-N">)."""
    return int(page.evaluate("() => document.activeElement.closest('li.app-review-answer').id.split('-')[1]"))


def _code(live_server: LiveServer, answer_id: int, theme_id: int) -> tuple[CodeSource, CodeStatus] | None:
    with live_server.app.app_context():
        code = db.session.scalar(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id,
                                                           AnswerTheme.theme_id == theme_id))
        result = (code.source, code.status) if code else None
        db.session.remove()
        return result


def _press_enter_and_wait(page: Any) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.browser
def test_keyboard_only_theme_review(live_server: LiveServer, page: Any) -> None:
    visit = Visit(live_server, "en")
    signed_in_as(Role.STAFF)(page, visit)
    review_page("/themes/{theme}")(page, visit)
    theme_id = int(page.url.split("/themes/")[1].split("?")[0])

    _tab_to(page, "main button[data-action=confirm]")
    confirmed = _focused_answer(page)
    _press_enter_and_wait(page)
    assert f"Answer {confirmed} confirmed under" in page.locator(".govuk-notification-banner").inner_text()
    assert _code(live_server, confirmed, theme_id) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)

    _tab_to(page, "main button[data-action=reject]")
    rejected = _focused_answer(page)
    _press_enter_and_wait(page)
    assert f"Answer {rejected} rejected from" in page.locator(".govuk-notification-banner").inner_text()
    assert _code(live_server, rejected, theme_id) == (CodeSource.HUMAN, CodeStatus.REJECTED)

    _tab_to(page, "main select[name=target]")
    moved = _focused_answer(page)
    page.keyboard.press("ArrowDown")  # the first other theme
    target_id = int(page.evaluate("() => document.activeElement.value"))
    _tab_to(page, f"#answer-{moved} form[action*='/move'] button")
    _press_enter_and_wait(page)
    assert f"Answer {moved} moved from" in page.locator(".govuk-notification-banner").inner_text()
    assert _code(live_server, moved, theme_id) == (CodeSource.HUMAN, CodeStatus.REJECTED)
    assert _code(live_server, moved, target_id) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)
