"""Exit This Page in Chromium: Shift pressed three times leaves at once and wipes everything."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.server import LiveServer
from tests.browser.steps import EXIT_BUTTON, Visit, begin, enrol

pytestmark = pytest.mark.browser
SECRET = "Quietly Orange Lighthouse"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_shift_three_times_leaves_for_the_neutral_page(live_server: LiveServer, page: Any, language: str) -> None:
    visit = Visit(live_server, language)
    enrol(page, visit)
    begin(page, visit)
    page.goto(visit.url("/kiosk/question/2"))
    page.locator("textarea").fill(SECRET)
    with page.expect_navigation():
        page.locator("button[value=continue]").click()
    page.evaluate("() => { localStorage.setItem('probe', '1'); sessionStorage.setItem('probe', '1'); }")
    assert live_server.draft_count() == 1
    page.locator("body").click(position={"x": 5, "y": 300})  # focus the page, not a field
    page.keyboard.press("Shift")
    indicator = page.locator(".govuk-exit-this-page__indicator")
    page.keyboard.press("Shift")
    hint = "Shift, pwyswch unwaith eto i adael." if language == "cy" else "Shift, press 1 more time to exit."
    assert page.locator(".govuk-exit-this-page [role=status]").text_content() == hint
    assert indicator.count() == 1
    page.keyboard.press("Shift")
    page.wait_for_url("**/kiosk/left*")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text() == ("Croeso" if language == "cy" else "Welcome")
    assert SECRET not in page.content()
    assert page.evaluate("() => localStorage.length + sessionStorage.length") == 0
    assert live_server.draft_count() == 0
    page.go_back()
    page.wait_for_load_state()
    assert SECRET not in page.content()
    assert "/kiosk/question/" not in page.url or page.locator("textarea").input_value() == ""


def test_the_exit_button_is_large_and_first_to_reach(live_server: LiveServer, page: Any) -> None:
    visit = Visit(live_server, "en")
    enrol(page, visit)
    begin(page, visit)
    button = page.locator(EXIT_BUTTON)
    box = button.bounding_box()
    assert box is not None and box["height"] >= 48
    for selector in ("button[value=continue]", "button[value=skip]"):
        size = page.locator(selector).bounding_box()
        assert size is not None and size["height"] >= 48, selector
