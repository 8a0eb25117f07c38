"""Kiosk privacy with the back-forward cache on: nothing of one person reaches the next.

After a timeout, "Exit this page" or a normal submit: Back and Forward through the whole history
show no earlier answer, browser storage is empty, and the server holds no draft or journey.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from tests.browser.history import PageshowLog, walk_history
from tests.browser.server import LiveServer, QuietHandler
from tests.browser.steps import EXIT_BUTTON, Visit, enrol
from tests.browser.survey import demo_questions

pytestmark = pytest.mark.browser
SECRETS = ("Marmalade Zebra", "Quietly Orange Lighthouse", "Velvet Harbour Nine")


@pytest.fixture()
def tab(bfcache_browser: Any) -> Iterator[tuple[Any, PageshowLog]]:
    context = bfcache_browser.new_context()
    context.set_default_timeout(15_000)
    log = PageshowLog()
    log.install(context)
    yield context.new_page(), log
    context.close()


def session_values(server: LiveServer, context: Any) -> dict[str, Any]:
    """The Flask session the browser holds, decoded with the app's own serializer."""
    name = server.app.config["SESSION_COOKIE_NAME"]
    cookie = next((c["value"] for c in context.cookies() if c["name"] == name), None)
    if cookie is None:
        return {}
    serializer = server.app.session_interface.get_signing_serializer(server.app)  # type: ignore[attr-defined]
    return dict(serializer.loads(cookie))


def answer_some(page: Any, visit: Visit) -> None:
    """Start, choose an option, write two answers, and type a third without sending it."""
    page.locator("button.govuk-button--start").click()
    page.wait_for_url("**/kiosk/question/1")
    texts = iter(SECRETS)
    for question in demo_questions():
        if question.is_choice:
            page.locator("input[type=radio]").first.check()
        else:
            page.locator("textarea").fill(next(texts))
            if question.number >= 3:
                return  # typed, not sent: the worst case for a back-forward cache snapshot
        with page.expect_navigation():
            page.locator("button[value=continue]").click()


def assert_nothing_left(page: Any, server: LiveServer) -> None:
    problems, seen = walk_history(page, SECRETS)
    assert len(seen) > 2, f"the history walk saw too little: {seen}"
    assert not problems, "\n".join(problems)
    assert server.draft_count() == 0, "the server still holds a kiosk draft"
    session = session_values(server, page.context)
    assert "kiosk_journey" not in session, f"the session still names a journey: {sorted(session)}"


def assert_next_person_starts_clean(page: Any, visit: Visit) -> None:
    page.goto(visit.url("/kiosk/"))
    page.locator("button.govuk-button--start").click()
    page.wait_for_url("**/kiosk/question/1")
    assert page.locator("input:checked").count() == 0
    page.goto(visit.url("/kiosk/question/2"))
    field = page.locator("textarea")
    assert field.input_value() == ""
    assert field.get_attribute("autocomplete") == "off"


def test_back_forward_cache_is_really_on(tab: tuple[Any, PageshowLog]) -> None:
    """Control: without this, the tests below could pass only because the cache was off."""
    page, log = tab

    def probe(environ: Any, start_response: Any) -> Any:
        request = Request(environ)
        return Response(f"<!doctype html><title>probe</title><p>{request.path}</p>", mimetype="text/html")(
            environ, start_response
        )

    server = make_server("127.0.0.1", 0, probe, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        page.goto(f"{base}/a")
        page.goto(f"{base}/b")
        page.go_back(wait_until="commit")
        page.wait_for_timeout(100)
        assert f"{base}/a" in log.restored, f"the back-forward cache is off: {log.events}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


def test_nothing_left_after_the_inactivity_timeout(short_timer_server: LiveServer,
                                                   tab: tuple[Any, PageshowLog]) -> None:
    page, _log = tab
    visit = Visit(short_timer_server, "en")
    enrol(page, visit)
    answer_some(page, visit)
    page.wait_for_url("**/kiosk/?ended=timeout", timeout=20_000)  # real timers, shortened for the test
    assert_nothing_left(page, short_timer_server)
    assert_next_person_starts_clean(page, visit)


def test_nothing_left_after_exit_this_page(short_timer_server: LiveServer, tab: tuple[Any, PageshowLog]) -> None:
    page, _log = tab
    visit = Visit(short_timer_server, "cy")
    enrol(page, visit)
    answer_some(page, visit)
    page.locator(EXIT_BUTTON).click()
    page.wait_for_url("**/kiosk/left*")
    assert_nothing_left(page, short_timer_server)
    assert_next_person_starts_clean(page, visit)


def test_nothing_left_after_sending(short_timer_server: LiveServer, tab: tuple[Any, PageshowLog]) -> None:
    page, _log = tab
    visit = Visit(short_timer_server, "en")
    enrol(page, visit)
    page.locator("button.govuk-button--start").click()
    page.wait_for_url("**/kiosk/question/1")
    texts = iter(SECRETS)
    for question in demo_questions():
        if question.is_choice:
            page.locator("input[type=radio]").first.check()
        else:
            page.locator("textarea").fill(next(texts, "Nothing more to add"))
        with page.expect_navigation():
            page.locator("button[value=continue]").click()
    assert SECRETS[0] in page.locator(".govuk-summary-list").inner_text()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/kiosk/thank-you")
    assert short_timer_server.response_count() > 0
    assert_nothing_left(page, short_timer_server)
    page.goto(visit.url("/kiosk/thank-you"))
    with page.expect_navigation():
        page.locator("main a.govuk-button").click()  # Finish
    assert_nothing_left(page, short_timer_server)
    assert_next_person_starts_clean(page, visit)


def test_guard_reloads_a_page_the_cache_restores(short_timer_server: LiveServer,
                                                 tab: tuple[Any, PageshowLog]) -> None:
    """Chromium 156 keeps no-store pages out of the cache; browsers that keep them get our guard.

    Strip ``Cache-Control: no-store`` on the way to the browser so pages do enter the cache, and
    check that every restored page reloads at once and still shows nothing of the person.
    """
    page, log = tab

    def without_no_store(route: Any) -> None:
        response = route.fetch(max_redirects=0)
        kept = {k: v for k, v in response.headers.items() if k.lower() not in ("cache-control", "pragma", "expires")}
        route.fulfill(response=response, headers=kept)

    page.context.route("**/kiosk/**", without_no_store)
    visit = Visit(short_timer_server, "en")
    enrol(page, visit)
    answer_some(page, visit)
    page.locator(EXIT_BUTTON).click()
    page.wait_for_url("**/kiosk/left*")
    assert_nothing_left(page, short_timer_server)
    assert log.restored, "no page came from the back-forward cache: this control proves nothing"
    for index, (url, persisted) in enumerate(log.events):
        if persisted:
            assert (url, False) in log.events[index + 1:index + 2], f"{url} was restored and not reloaded"
