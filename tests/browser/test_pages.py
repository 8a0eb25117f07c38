"""Every registered page state, in English and Welsh, against the accessibility rules."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.checks import (
    describe_violations,
    error_summary_focused,
    foreign_fonts,
    h1_count,
    language_problems,
    run_axe,
    small_targets,
)
from tests.browser.pages import PAGES, PageState
from tests.browser.report import ARTEFACTS, REPORT
from tests.browser.server import LiveServer
from tests.browser.steps import Visit, path_of
from tests.browser.welsh import english_left

SCREENSHOTS = ARTEFACTS / "screenshots"
# Bugs found by these tests that need a change in Python under consult/ (reported to the lead).
# strict: when the bug is fixed the test passes, the xfail fails, and this entry must go.
KNOWN_BUGS: dict[tuple[str, str], str] = {}
# English still shown on Welsh pages, by state (Python fixes reported to the lead).
ENGLISH_LEFT_BUGS: dict[str, str] = {}
CASES = [
    pytest.param(
        state, language, id=f"{state.slug}-{language}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[state.slug, language])]
        if (state.slug, language) in KNOWN_BUGS else [],
    )
    for state in PAGES
    for language in state.languages
]


def rendered_endpoint(server: LiveServer, url: str) -> str | None:
    """The endpoint the browser ended up on, as the app routes it (None for an unknown path)."""
    adapter = server.app.url_map.bind("127.0.0.1")
    try:
        endpoint, _args = adapter.match(path_of(url), method="GET")
    except Exception:  # NotFound, or a redirect rule
        return None
    return str(endpoint)


@pytest.mark.browser
@pytest.mark.parametrize(("state", "language"), CASES)
def test_page_state_is_accessible(state: PageState, language: str, live_server: LiveServer, page: Any,
                                  page_errors: list[str], axe_source: str) -> None:
    visit = Visit(live_server, language)
    for step in state.steps:
        step(page, visit)
    assert rendered_endpoint(live_server, page.url) == state.endpoint, f"{state.slug} ended on {page.url}"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{state.slug}-{language}.png"), full_page=True)

    problems = language_problems(page, language, switch=len(state.languages) > 1)
    if h1_count(page) != 1:
        problems.append(f"{h1_count(page)} h1 elements, expected exactly one")
    if state.error_summary and not error_summary_focused(page):
        problems.append("the error summary did not receive focus")
    if state.kiosk:
        problems += [f"target smaller than 44x44 px: {item}" for item in small_targets(page)]
    problems += [f"text in another font: {item}" for item in foreign_fonts(page)]
    problems += page_errors

    result = run_axe(page, axe_source)
    REPORT.record_incomplete(f"{state.slug}-{language}", result["incomplete"])
    if result["violations"]:
        problems.append("axe violations:\n" + describe_violations(result["violations"]))
    REPORT.record(state.page_name, state.slug, language)
    assert not problems, f"{state.slug} ({language}):\n" + "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("state", [s for s in PAGES if s.error_summary], ids=lambda s: s.slug)
def test_error_summary_links_move_focus_to_the_field(state: PageState, live_server: LiveServer, page: Any) -> None:
    visit = Visit(live_server, "en")
    for step in state.steps:
        step(page, visit)
    link = page.locator(".govuk-error-summary a").first
    target_id = re.sub(r"^#", "", link.get_attribute("href") or "")
    link.click()
    assert page.evaluate("() => document.activeElement.id") == target_id


@pytest.mark.browser
@pytest.mark.parametrize("state", [
    pytest.param(s, id=s.slug, marks=[pytest.mark.xfail(strict=True, reason=ENGLISH_LEFT_BUGS[s.slug])]
                 if s.slug in ENGLISH_LEFT_BUGS else [])
    for s in PAGES
    if "cy" in s.languages
])
def test_welsh_page_has_no_english_left(state: PageState, live_server: LiveServer, page: Any) -> None:
    """Every page in Welsh: no English interface text (the person's own answers may be English)."""
    visit = Visit(live_server, "cy")
    for step in state.steps:
        step(page, visit)
    assert not english_left(page), f"English on the Welsh {state.slug} page: {english_left(page)}"
