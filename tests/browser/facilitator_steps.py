"""Steps for the facilitator's pages: signing in through the sign-in page, and a fresh flagged answer
for each state, so states don't depend on the order they run in on the shared live server."""

from __future__ import annotations

from datetime import date, timedelta

from playwright.sync_api import Page

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, QuestionKind, Role
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_raw_text
from tests.browser.server import DEMO_SLUG, DEMO_VENUE, LiveServer
from tests.browser.staff_steps import signed_in_as
from tests.browser.steps import Step, Visit

FACILITATOR = Role.FACILITATOR
ADMIN = Role.ADMIN
RISK_TEXT = "Some nights I think about ending it all."


def signed_in(role: Role) -> Step:
    return signed_in_as(role)


def add_flagged_answer(server: LiveServer, days_ago: int = 0) -> int:
    """A new risky answer at the demo women's centre, stored through the one write path."""
    with server.app.app_context():
        consultation = consultation_data.get_consultation_by_slug(DEMO_SLUG)
        venue = consultation_data.get_venue_by_name(DEMO_VENUE)
        assert consultation is not None and venue is not None
        question = next(q for q in consultation.questions if q.kind is QuestionKind.FREE_TEXT)
        response = response_data.create_response(consultation.id, Channel.KIOSK, date.today() - timedelta(days_ago),
                                                 venue_id=venue.id)
        store_raw_text(response, question.id, RISK_TEXT, anonymiser_for_organisations(), 2000)
        db.session.commit()
        return response.answers[-1].id


def open_new_flag(days_ago: int = 0) -> Step:
    def step(page: Page, visit: Visit) -> None:
        answer_id = add_flagged_answer(visit.server, days_ago)
        page.goto(visit.url(f"/facilitator/safeguarding/{answer_id}"))

    return step


def review_it(outcome: str = "false_alarm", note: str = "Quoting a film, said so at the session.") -> Step:
    def step(page: Page, _visit: Visit) -> None:
        page.locator(f"input[name=outcome][value={outcome}]").check()
        page.locator("textarea[name=note]").fill(note)
        with page.expect_navigation():
            page.locator("main form [type=submit]").click()

    return step


def submit_empty_review(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()


def back_to_item(page: Page, visit: Visit) -> None:
    """From the queue after a review, open the item just reviewed (the newest)."""
    page.locator("main table a.govuk-link").first.click()
    page.wait_for_url("**/facilitator/safeguarding/*")


def set_up_group_session(page: Page, visit: Visit) -> None:
    """Choose the demo consultation and venue, a group of six, and continue to the answers."""
    page.goto(visit.url("/facilitator/entry"))
    page.locator("select[name=consultation]").select_option(index=1)
    page.locator("select[name=venue]").select_option(label=DEMO_VENUE)
    page.locator("input[name=kind][value=group]").check()
    page.locator("input[name=present]").fill("6")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/facilitator/entry/answers*")


def press_entry_continue(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def type_group_answers(page: Page, visit: Visit) -> None:
    page.locator("textarea").first.fill("Dave Jones on the desk was kind. Some of us have nowhere safe to go.")
    press_entry_continue(page, visit)


def save_entry(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Save answers").click()
    page.wait_for_url("**/facilitator/entry")


def upload_paper_forms(content: bytes) -> Step:
    """Choose the demo consultation and venue, attach a CSV and upload it."""

    def step(page: Page, visit: Visit) -> None:
        page.goto(visit.url("/facilitator/paper"))
        page.locator("select[name=consultation]").select_option(index=1)
        page.locator("select[name=venue]").select_option(label=DEMO_VENUE)
        page.locator("input[name=written_by][value=participants]").check()
        page.locator("input[type=file]").set_input_files(
            {"name": "forms.csv", "mimeType": "text/csv", "buffer": content})
        with page.expect_navigation():
            page.get_by_role("button", name="Upload and import").click()

    return step


def open_newest_answer(page: Page, visit: Visit) -> None:
    page.goto(visit.url("/facilitator/answers"))
    with page.expect_navigation():
        page.locator("main table a.govuk-link").first.click()


def redact(words: str, kind: str) -> Step:
    def step(page: Page, _visit: Visit) -> None:
        if words:
            page.locator("input[name=words]").fill(words)
        if kind:
            page.locator(f"input[name=kind][value={kind}]").check()
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()

    return step


def open_paper_form(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.get_by_role("link", name="Print the paper form").first.click()
