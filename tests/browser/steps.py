"""Things a person does in the browser, as small steps the page registry strings together.

A step takes the page and a ``Visit`` (which server, which language) and leaves the page in a
new state. Steps use only what a person can do: open a link, tap a button, type, wait.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from playwright.sync_api import Page

from tests.browser.server import LiveServer
from tests.browser.survey import demo_questions, first_of_kind

RISK_ANSWER = "Some days I want to kill myself."
SAMPLE_TEXT = "The officer listened to me and explained what would happen next."
DETAILS_ANSWER = "My worker Dave Jones said ring him on 07912 345678."


@dataclass(frozen=True)
class Visit:
    server: LiveServer
    language: str

    def url(self, path: str, **params: str) -> str:
        """A URL on the server in the visit's language (the choice is kept in the session)."""
        query = urlencode({**params, "lang": self.language})
        separator = "&" if "?" in path else "?"
        return self.server.url(f"{path}{separator}{query}")


Step = Callable[[Page, Visit], None]


def goto(path: str, **params: str) -> Step:
    def step(page: Page, visit: Visit) -> None:
        page.goto(visit.url(path, **params))

    return step


def enrol(page: Page, visit: Visit) -> None:
    """Set the tablet up for the demo venue, as a facilitator would, then pick the language."""
    page.goto(visit.server.url(visit.server.enrol_path))
    page.goto(visit.url("/kiosk/"))


def easy_read(page: Page, visit: Visit) -> None:
    page.goto(visit.url("/kiosk/", easy="1"))


def begin(page: Page, _visit: Visit) -> None:
    page.locator("button.govuk-button--start").click()
    page.wait_for_url("**/kiosk/question/1")


def question(number: int) -> Step:
    return goto(f"/kiosk/question/{number}")


def question_of_kind(kind: str) -> Step:
    return question(first_of_kind(kind).number)


def press_continue(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.locator("button[name=action][value=continue]").click()


def type_answer(text: str) -> Step:
    def step(page: Page, _visit: Visit) -> None:
        page.locator("textarea").fill(text)

    return step


def answer_current(page: Page, visit: Visit, text: str = SAMPLE_TEXT) -> None:
    """Answer whatever question is on screen: the first option, or some text."""
    if page.locator("textarea").count():
        page.locator("textarea").fill(text)
    else:
        page.locator("input[type=radio]").first.check()
    press_continue(page, visit)


def answer_all(page: Page, visit: Visit) -> None:
    """Answer every question from the first to the check-answers page."""
    page.goto(visit.url("/kiosk/question/1"))
    for _question in demo_questions():
        answer_current(page, visit)
    page.wait_for_url("**/kiosk/check*")


def answer_with_risk(page: Page, visit: Visit) -> None:
    """A free-text answer that suggests risk: the next page shows support numbers."""
    page.goto(visit.url(f"/kiosk/question/{first_of_kind('free_text').number}"))
    answer_current(page, visit, RISK_ANSWER)


def send(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/kiosk/thank-you*")


def send_twice(page: Page, visit: Visit) -> None:
    """The answers go once (as from a second tab); then the page's own button is pressed."""
    token = page.locator("input[name=csrf_token]").first.input_value()
    first = page.request.post(visit.server.url("/kiosk/check"), form={"csrf_token": token}, max_redirects=0)
    assert first.status == 302, f"the first send should redirect, got {first.status}"
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def install_clock(page: Page, _visit: Visit) -> None:
    """Let the test move the page's clock (the browser's timers, not our code)."""
    page.clock.install()


def open_timeout_dialog(page: Page, _visit: Visit) -> None:
    idle_seconds = int(page.locator("#timeout-dialog").get_attribute("data-idle-seconds") or "0")
    page.clock.fast_forward(idle_seconds * 1000 + 500)
    page.wait_for_function("document.getElementById('timeout-dialog').open")


def run_out_the_clock(page: Page, visit: Visit) -> None:
    """Stay idle through the warning: the kiosk wipes the journey and goes back to the start."""
    open_timeout_dialog(page, visit)
    warning_seconds = int(page.locator("#timeout-dialog").get_attribute("data-warning-seconds") or "0")
    page.clock.run_for((warning_seconds + 1) * 1000)
    page.wait_for_url("**/kiosk/?ended=timeout*")


EXIT_BUTTON = ".govuk-exit-this-page__button"


def exit_page(page: Page, _visit: Visit) -> None:
    """Tap GOV.UK Frontend's Exit This Page: everything is wiped and a neutral page shows."""
    page.locator(EXIT_BUTTON).click()
    page.wait_for_url("**/kiosk/left*")


def answer_with_details(page: Page, visit: Visit) -> None:
    """A free-text answer with a name and a phone number, which are taken out."""
    page.goto(visit.url(f"/kiosk/question/{first_of_kind('free_text').number}"))
    answer_current(page, visit, DETAILS_ANSWER)


def back_to_details(page: Page, visit: Visit) -> None:
    """Back to the answer with details taken out: the note and the placeholders are still there."""
    page.goto(visit.url(f"/kiosk/question/{first_of_kind('free_text').number}"))


def change_with_risk(page: Page, visit: Visit) -> None:
    """From check answers, change an answer to one that suggests risk: support shows on return."""
    page.goto(visit.url(f"/kiosk/question/{first_of_kind('free_text').number}", **{"from": "check"}))
    answer_current(page, visit, RISK_ANSWER)
    page.wait_for_url("**/kiosk/check*")


def in_chosen_language(page: Page, visit: Visit) -> None:
    """A reset forgets the language (the next person chooses); choose it again like a person would."""
    if page.locator("html").get_attribute("lang") != visit.language:
        with page.expect_navigation():
            page.locator("header a[hreflang]").click()


def path_of(url: str) -> str:
    return urlsplit(url).path
