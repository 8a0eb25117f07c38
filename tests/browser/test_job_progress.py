"""The shared progress script under a poor connection: when its JSON does not come, it waits
longer each time (2 s, then 5 s, then 10 s), and the page keeps its text and its plain link."""

from __future__ import annotations

import time
from itertools import pairwise
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.builder_steps import sign_in_as_staff
from tests.browser.current_steps import recode_running
from tests.browser.server import LiveServer
from tests.browser.steps import Visit

pytestmark = pytest.mark.browser


def test_polling_backs_off_while_the_progress_json_fails(live_server: LiveServer, page: Any) -> None:
    visit = Visit(live_server, "en")
    sign_in_as_staff(page, visit)
    polls: list[float] = []

    def unreachable(route: Any) -> None:  # the network drops the request (a tablet out of signal)
        polls.append(time.monotonic())
        route.abort("internetdisconnected")

    page.route("**/recode/progress.json", unreachable)
    recode_running(page, visit)  # a re-code part way; the page starts polling
    page.wait_for_timeout(19_000)
    assert len(polls) == 3, f"expected polls at about 2, 7 and 17 s, got {len(polls)}"
    gaps = [later - earlier for earlier, later in pairwise(polls)]
    assert 4.5 < gaps[0] < 7 and 9.5 < gaps[1] < 12, f"gaps between polls: {gaps}"
    expect(page.locator("[data-job-status]")).to_have_text("312 of 1,200 answers coded.")
    expect(page.get_by_role("link", name="Refresh to see progress")).to_be_visible()
