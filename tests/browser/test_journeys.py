"""Whole kiosk consultations the way people really use them: keys, fingers, no JavaScript, zoom."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.checks import MIN_TARGET_PX, focus_problem, has_horizontal_scroll
from tests.browser.server import LiveServer
from tests.browser.steps import SAMPLE_TEXT, Visit, enrol
from tests.browser.survey import demo_questions

pytestmark = pytest.mark.browser
LONG_WORD = "https://example.org/" + "a" * 120  # people paste links; they must not widen the page


def tab_to(page: Any, selector: str, limit: int = 60) -> None:
    """Press Tab until ``selector`` has focus, checking every stop shows where focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        problem = focus_problem(page)
        assert problem is None, f"on {page.url}: {problem}"
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


def press_enter_and_wait(page: Any) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_whole_consultation_by_keyboard_only(live_server: LiveServer, page: Any) -> None:
    before = live_server.response_count()
    enrol(page, Visit(live_server, "en"))
    tab_to(page, "button.govuk-button--start")
    press_enter_and_wait(page)
    for question in demo_questions():
        assert page.url.endswith(f"/kiosk/question/{question.number}")
        if question.number == 3:
            tab_to(page, "button[value=skip]")
        elif question.is_choice:
            tab_to(page, "input[type=radio]")
            page.keyboard.press("ArrowDown")  # arrows move through the options and choose
            assert page.locator("input[type=radio]:checked").count() == 1
            tab_to(page, "button[value=continue]")
        else:
            tab_to(page, "textarea")
            page.keyboard.type(f"{SAMPLE_TEXT} ({question.number})")
            tab_to(page, "button[value=continue]")
        press_enter_and_wait(page)
    assert "/kiosk/check" in page.url
    answers = page.locator(".govuk-summary-list__value").all_inner_texts()
    assert any(f"({demo_questions()[1].number})" in answer for answer in answers)
    tab_to(page, "main form button[type=submit]")
    press_enter_and_wait(page)
    assert "/kiosk/thank-you" in page.url
    assert live_server.response_count() == before + 1
    tab_to(page, "main a.govuk-button")
    press_enter_and_wait(page)
    assert page.url.endswith("/kiosk/")  # Finish: a clean start for the next person


def test_timeout_warning_extends_without_limit_by_keyboard(live_server: LiveServer, page: Any) -> None:
    page.clock.install()
    visit = Visit(live_server, "en")
    enrol(page, visit)
    page.locator("button.govuk-button--start").click()
    page.goto(visit.url("/kiosk/question/2"))
    page.locator("textarea").fill("still typing")
    dialog = page.locator("#timeout-dialog")
    assert int(dialog.get_attribute("data-warning-seconds") or "0") >= 60
    for _ in range(3):
        page.clock.fast_forward(int(dialog.get_attribute("data-idle-seconds") or "0") * 1000 + 500)
        page.wait_for_function("document.getElementById('timeout-dialog').open")
        assert page.evaluate("() => document.activeElement.matches('#timeout-dialog [data-continue]')"), \
            "focus must move into the warning"
        page.keyboard.press("Enter")
        assert not page.evaluate("document.getElementById('timeout-dialog').open")
    assert page.locator("textarea").input_value() == "still typing"
    assert "/kiosk/question/2" in page.url


@pytest.fixture()
def tablet(browser: Any) -> Iterator[Any]:
    """A touch screen tablet: taps, no mouse."""
    ctx = browser.new_context(viewport={"width": 768, "height": 1024}, has_touch=True, is_mobile=True,
                              device_scale_factor=2)
    ctx.set_default_timeout(10_000)
    yield ctx.new_page()
    ctx.close()


def tap(page: Any, locator: Any, navigates: bool = False) -> None:
    """Tap like a finger, after checking the target is big enough for one."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    assert box and box["width"] >= MIN_TARGET_PX and box["height"] >= MIN_TARGET_PX, f"too small to tap: {box}"
    if navigates:
        with page.expect_navigation():
            locator.tap()
    else:
        locator.tap()


def test_whole_consultation_by_taps(live_server: LiveServer, tablet: Any) -> None:
    page = tablet
    before = live_server.response_count()
    enrol(page, Visit(live_server, "cy"))
    tap(page, page.locator("button.govuk-button--start"), navigates=True)
    for question in demo_questions():
        if question.is_choice:
            tap(page, page.locator(".govuk-radios__label").last)
            assert page.locator("input[type=radio]").last.is_checked()
        else:
            tap(page, page.locator("textarea"))
            page.keyboard.type(f"Ateb {question.number}")
        tap(page, page.locator("button[value=continue]"), navigates=True)
    assert "/kiosk/check" in page.url
    tap(page, page.locator(".govuk-summary-list__actions a").nth(1), navigates=True)  # change answer 2
    page.locator("textarea").fill("")
    tap(page, page.locator("textarea"))
    page.keyboard.type("Ateb newydd")
    tap(page, page.locator("button[value=continue]"), navigates=True)
    assert "/kiosk/check" in page.url
    assert "Ateb newydd" in page.locator(".govuk-summary-list").inner_text()
    tap(page, page.locator("main form button[type=submit]"), navigates=True)
    assert "/kiosk/thank-you" in page.url
    assert live_server.response_count() == before + 1


def test_whole_consultation_without_javascript(live_server: LiveServer, browser: Any) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    try:
        before = live_server.response_count()
        visit = Visit(live_server, "en")
        enrol(page, visit)
        page.locator("button.govuk-button--start").click()
        page.wait_for_url("**/kiosk/question/1")
        assert not page.locator("[data-app-listen]").is_visible(), "Listen needs JavaScript: keep it hidden"
        page.locator("button[value=continue]").click()  # nothing chosen: the server explains
        assert page.locator(".govuk-error-summary").is_visible()
        for _question in demo_questions():
            if page.locator("textarea").count():
                page.locator("textarea").fill(SAMPLE_TEXT)
            else:
                page.locator("input[type=radio]").first.check()
            with page.expect_navigation():
                page.locator("button[value=continue]").click()
        assert "/kiosk/check" in page.url
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        assert "/kiosk/thank-you" in page.url
        assert live_server.response_count() == before + 1
        page.locator(".govuk-exit-this-page__button").click()  # a plain link without JavaScript
        page.wait_for_url("**/kiosk/left*")
    finally:
        ctx.close()


@pytest.mark.parametrize(("width", "zoom"), [(640, "200%"), (320, "400%")])
def test_no_horizontal_scrolling_when_zoomed(live_server: LiveServer, browser: Any, width: int, zoom: str) -> None:
    """1280 px wide at 200% is a 640 px CSS viewport (and 400% is 320 px, WCAG 1.4.10)."""
    ctx = browser.new_context(viewport={"width": width, "height": 800}, device_scale_factor=1280 // width)
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    scrolled: list[str] = []

    def look() -> None:
        if has_horizontal_scroll(page):
            scrolled.append(page.url)

    try:
        visit = Visit(live_server, "cy")
        enrol(page, visit)
        look()
        page.locator("button.govuk-button--start").click()
        page.wait_for_url("**/kiosk/question/1")
        page.locator("button[value=continue]").click()  # the error state
        page.wait_for_selector(".govuk-error-summary")
        look()
        for _question in demo_questions():
            look()
            if page.locator("textarea").count():
                page.locator("textarea").fill(LONG_WORD)
            else:
                page.locator("input[type=radio]").last.check()
            with page.expect_navigation():
                page.locator("button[value=continue]").click()
        look()  # check answers, with the long word in it
        page.clock.install()
        page.goto(visit.url("/kiosk/question/2"))
        page.clock.fast_forward(121_000)
        page.wait_for_function("document.getElementById('timeout-dialog').open")
        look()
        page.goto(visit.url("/kiosk/check"))
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        look()
        assert not scrolled, f"horizontal scrolling at {zoom} ({width} px): {scrolled}"
    finally:
        ctx.close()
