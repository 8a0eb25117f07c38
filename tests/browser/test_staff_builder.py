"""The builder in the browser: the live SMS counter agrees with the server's count as staff type."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.builder_steps import WELSH_SMS_TOO_LONG, sign_in_as_staff, staff_page
from tests.browser.server import LiveServer
from tests.browser.steps import Visit


@pytest.mark.browser
def test_the_sms_counter_updates_as_staff_type_and_names_the_ucs2_character(
    live_server: LiveServer, page: Any, page_errors: list[str]
) -> None:
    visit = Visit(live_server, "en")
    sign_in_as_staff(page, visit)
    staff_page("/questions/new", draft=True)(page, visit)
    counter = page.locator('[data-sms-count-for="sms_text_cy"]')
    assert counter.inner_text() == "0 of 160 characters, 1 text message."
    page.locator("#sms_text_cy").fill("Beth sy’n bwysig?")  # a curly apostrophe is straightened, not counted as UCS-2
    assert counter.inner_text() == "17 of 160 characters, 1 text message."
    page.locator("#sms_text_cy").fill(WELSH_SMS_TOO_LONG)
    assert counter.inner_text() == "92 of 70 characters, 2 text messages. “ŵ” makes it UCS-2, 70 characters a message."
    assert not page_errors
