"""Every page of the service in every state worth checking: the one list the browser tests walk.

Add a page with one line: ``PageState(endpoint, slug, steps)``. A test fails when the app has a
GET route that is neither here nor in ``EXEMPT`` (with the reason it is not a page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.browser.facilitator_steps import (
    ADMIN,
    FACILITATOR,
    back_to_item,
    open_new_flag,
    open_newest_answer,
    open_paper_form,
    press_entry_continue,
    redact,
    review_it,
    save_entry,
    set_up_group_session,
    signed_in,
    submit_empty_review,
    type_group_answers,
    upload_paper_forms,
)
from tests.browser.steps import (
    Step,
    answer_all,
    answer_with_risk,
    begin,
    easy_read,
    enrol,
    exit_page,
    goto,
    in_chosen_language,
    install_clock,
    open_timeout_dialog,
    press_continue,
    question,
    question_of_kind,
    run_out_the_clock,
    send,
    send_twice,
    type_answer,
)
from tests.browser.survey import first_of_kind

LANGUAGES = ("en", "cy")
TOO_LONG = "word " * 401  # 2,005 characters: over the 2,000 limit


@dataclass(frozen=True)
class PageState:
    """``endpoint`` is the Flask endpoint the state renders (None for error pages)."""

    endpoint: str | None
    slug: str
    steps: tuple[Step, ...]
    kiosk: bool = True  # kiosk pages also need 44 x 44 px targets
    error_summary: bool = False  # a validation error: the summary must take focus
    page: str = ""  # a name for pages with no endpoint
    languages: tuple[str, ...] = LANGUAGES  # staff and facilitator pages are English only

    @property
    def page_name(self) -> str:
        return self.page or self.endpoint or self.slug


ENGLISH_ONLY: dict[str, Any] = {"kiosk": False, "languages": ("en",)}
FREE_TEXT = first_of_kind("free_text").number
YES_NO = first_of_kind("yes_no").number

PAGES: tuple[PageState, ...] = (
    # kiosk
    PageState("kiosk.start", "kiosk-not-enrolled", (goto("/kiosk/"),)),
    PageState("kiosk.start", "kiosk-start", (enrol,)),
    PageState("kiosk.start", "kiosk-start-easy-read", (enrol, easy_read)),
    PageState("kiosk.question", "kiosk-question-yes-no", (enrol, begin, question_of_kind("yes_no"))),
    PageState("kiosk.question", "kiosk-question-free-text", (enrol, begin, question_of_kind("free_text"))),
    PageState("kiosk.question", "kiosk-question-scale", (enrol, begin, question_of_kind("scale"))),
    PageState("kiosk.question", "kiosk-question-single-choice", (enrol, begin, question_of_kind("single_choice"))),
    PageState("kiosk.question", "kiosk-question-easy-read",
              (enrol, easy_read, begin, goto(f"/kiosk/question/{FREE_TEXT}", easy="1"))),
    PageState("kiosk.question", "kiosk-question-support", (enrol, begin, answer_with_risk)),
    PageState("kiosk.question", "kiosk-error-free-text-empty", (enrol, begin, question(FREE_TEXT), press_continue),
              error_summary=True),
    PageState("kiosk.question", "kiosk-error-free-text-too-long",
              (enrol, begin, question(FREE_TEXT), type_answer(TOO_LONG), press_continue), error_summary=True),
    PageState("kiosk.question", "kiosk-error-choice", (enrol, begin, question(YES_NO), press_continue),
              error_summary=True),
    PageState("kiosk.question", "kiosk-timeout-warning",
              (enrol, begin, install_clock, question(FREE_TEXT), open_timeout_dialog)),
    PageState("kiosk.check", "kiosk-check-answers", (enrol, begin, answer_all)),
    PageState("kiosk.check", "kiosk-already-sent", (enrol, begin, answer_all, send_twice)),
    PageState("kiosk.thank_you", "kiosk-thank-you", (enrol, begin, answer_all, send)),
    PageState("kiosk.start", "kiosk-after-exit", (enrol, begin, exit_page, in_chosen_language)),
    PageState("kiosk.start", "kiosk-after-timeout",
              (enrol, begin, install_clock, question(FREE_TEXT), run_out_the_clock, in_chosen_language)),
    PageState(None, "kiosk-not-found", (enrol, goto("/kiosk/no-such-page")), page="kiosk error page"),
    # facilitator (English only)
    PageState("facilitator.safeguarding", "facilitator-safeguarding-queue",
              (signed_in(FACILITATOR), open_new_flag(), goto("/facilitator/safeguarding")), **ENGLISH_ONLY),
    PageState("facilitator.safeguarding", "facilitator-safeguarding-queue-all",
              (signed_in(ADMIN), open_new_flag(days_ago=3), goto("/facilitator/safeguarding")), **ENGLISH_ONLY),
    PageState("facilitator.safeguarding", "facilitator-safeguarding-reviewed",
              (signed_in(FACILITATOR), open_new_flag(), review_it()), **ENGLISH_ONLY),
    PageState("facilitator.safeguarding_item", "facilitator-safeguarding-item",
              (signed_in(FACILITATOR), open_new_flag()), **ENGLISH_ONLY),
    PageState("facilitator.safeguarding_item", "facilitator-safeguarding-item-overdue",
              (signed_in(FACILITATOR), open_new_flag(days_ago=3)), **ENGLISH_ONLY),
    PageState("facilitator.safeguarding_item", "facilitator-safeguarding-item-error",
              (signed_in(FACILITATOR), open_new_flag(), submit_empty_review), error_summary=True, **ENGLISH_ONLY),
    PageState("facilitator.safeguarding_item", "facilitator-safeguarding-item-reviewed",
              (signed_in(ADMIN), open_new_flag(), review_it("referred"), back_to_item), **ENGLISH_ONLY),
    PageState("facilitator.entry", "facilitator-entry-setup", (signed_in(FACILITATOR), goto("/facilitator/entry")),
              **ENGLISH_ONLY),
    PageState("facilitator.entry", "facilitator-entry-setup-error",
              (signed_in(FACILITATOR), goto("/facilitator/entry"), press_entry_continue), error_summary=True,
              **ENGLISH_ONLY),
    PageState("facilitator.entry_answers", "facilitator-entry-answers", (signed_in(FACILITATOR), set_up_group_session),
              **ENGLISH_ONLY),
    PageState("facilitator.entry_answers", "facilitator-entry-answers-error",
              (signed_in(FACILITATOR), set_up_group_session, press_entry_continue), error_summary=True,
              **ENGLISH_ONLY),
    PageState("facilitator.entry_answers", "facilitator-entry-check",
              (signed_in(FACILITATOR), set_up_group_session, type_group_answers), **ENGLISH_ONLY),
    PageState("facilitator.entry", "facilitator-entry-saved",
              (signed_in(ADMIN), set_up_group_session, type_group_answers, save_entry), **ENGLISH_ONLY),
    PageState("facilitator.paper", "facilitator-paper", (signed_in(FACILITATOR), goto("/facilitator/paper")),
              **ENGLISH_ONLY),
    PageState("facilitator.paper", "facilitator-paper-problems",
              (signed_in(FACILITATOR), upload_paper_forms(b"q1,q9\nyes,fine\nmaybe,x\n")), error_summary=True,
              **ENGLISH_ONLY),
    PageState("facilitator.paper", "facilitator-paper-imported",
              (signed_in(FACILITATOR), upload_paper_forms(b"q1,q2\nyes,The nurse was kind\n")), **ENGLISH_ONLY),
    PageState("facilitator.answers", "facilitator-answers", (signed_in(FACILITATOR), goto("/facilitator/answers")),
              **ENGLISH_ONLY),
    PageState("facilitator.answers", "facilitator-answers-all", (signed_in(ADMIN), goto("/facilitator/answers")),
              **ENGLISH_ONLY),
    PageState("facilitator.answer", "facilitator-answer", (signed_in(FACILITATOR), open_new_flag(), open_newest_answer),
              **ENGLISH_ONLY),
    PageState("facilitator.answer", "facilitator-answer-error",
              (signed_in(FACILITATOR), open_new_flag(), open_newest_answer, redact("", "")), error_summary=True,
              **ENGLISH_ONLY),
    PageState("facilitator.answer", "facilitator-answer-redacted",
              (signed_in(FACILITATOR), open_new_flag(), open_newest_answer, redact("nights", "NAME")),
              **ENGLISH_ONLY),
    PageState("facilitator.paper_form", "facilitator-paper-form",
              (signed_in(FACILITATOR), goto("/facilitator/paper"), open_paper_form), **ENGLISH_ONLY),
    PageState("facilitator.venues", "facilitator-venues", (signed_in(FACILITATOR), goto("/facilitator/venues")),
              **ENGLISH_ONLY),
    PageState("facilitator.venues", "facilitator-venues-all", (signed_in(ADMIN), goto("/facilitator/venues")),
              **ENGLISH_ONLY),
    # every audience
    PageState(None, "not-found", (goto("/no-such-page"),), kiosk=False, page="error page"),
)

# GET routes that are not pages a person reads, and why.
EXEMPT: dict[str, str] = {
    "static": "CSS, JS and images: checked as part of every page that loads them",
    "health.healthz": "JSON for load balancers and uptime checks",
    "kiosk.enrol": "a signed set-up link that only redirects to the start page",
    "kiosk.exit": "wipes the journey and redirects; the kiosk-after-exit state checks where it lands",
    "facilitator.paper_template": "a CSV download (the paper forms template), not a page",
}
