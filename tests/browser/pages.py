"""Every page of the service in every state worth checking: the one list the browser tests walk.

Add a page with one line: ``PageState(endpoint, slug, steps)``. A test fails when the app has a
GET route that is neither here nor in ``EXEMPT`` (with the reason it is not a page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from consult.models import QuestionKind, Role
from tests.browser.builder_steps import WELSH_SMS_TOO_LONG, sign_in_as_staff, staff_page, submit_staff_form
from tests.browser.current_steps import recode_finished, recode_running
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
from tests.browser.job_steps import report_pdf_ready, update_sent
from tests.browser.public_steps import (
    comment_left,
    expired_forum_link,
    forum_link,
    long_welsh_update,
    make_staff_link,
    published_results,
    send_forum_comment,
    staff_results_page,
)
from tests.browser.reports_steps import with_response_and_forum_check
from tests.browser.results_steps import facilitator_results, results_page, results_question
from tests.browser.review_steps import clear, press, review_page
from tests.browser.staff_steps import (
    fill,
    goto_partner,
    kiosk_tablets,
    password_then_code_page,
    reset_staff_password,
    revoke_spare_tablet,
    set_up_link,
    signed_in_as,
    signed_in_as_newcomer,
    submit,
    two_factor_code_from_app,
    wrong_code,
    wrong_password,
)
from tests.browser.steps import (
    Step,
    answer_all,
    answer_with_details,
    answer_with_risk,
    back_to_details,
    begin,
    change_with_risk,
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
    languages: tuple[str, ...] = LANGUAGES  # staff pages are English only (see the README)

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
    PageState("kiosk.left", "kiosk-exit-neutral-page", (enrol, begin, exit_page)),
    PageState("kiosk.start", "kiosk-after-clear", (enrol, goto("/kiosk/", ended="exit"))),
    PageState("kiosk.question", "kiosk-question-placeholder-note",
              (enrol, begin, answer_with_details, back_to_details)),
    PageState("kiosk.check", "kiosk-check-placeholders", (enrol, begin, answer_with_details, goto("/kiosk/check"))),
    PageState("kiosk.check", "kiosk-check-support", (enrol, begin, answer_all, change_with_risk)),
    PageState("kiosk.start", "kiosk-after-timeout",
              (enrol, begin, install_clock, question(FREE_TEXT), run_out_the_clock, in_chosen_language)),
    PageState(None, "kiosk-not-found", (enrol, goto("/kiosk/no-such-page")), page="kiosk error page"),
    # staff: the consultation builder (English only), kiosk set-up and posters (bilingual)
    *(PageState(endpoint, slug, (sign_in_as_staff, *steps), kiosk=False, languages=("en",), error_summary=error)
      for endpoint, slug, steps, error in (
        ("staff.consultations", "staff-consultations", (goto("/staff/consultations"),), False),
        ("staff.new_consultation", "staff-new-consultation", (goto("/staff/consultations/new"),), False),
        ("staff.new_consultation", "staff-new-consultation-errors",
         (goto("/staff/consultations/new"), submit_staff_form), True),
        ("staff.consultation", "staff-consultation-answered", (staff_page(""),), False),
        ("staff.consultation", "staff-consultation-draft", (staff_page("", draft=True),), False),
        ("staff.edit_consultation", "staff-edit-consultation", (staff_page("/edit"),), False),
        ("staff.edit_consultation", "staff-edit-consultation-keyword-clash",
         (staff_page("/edit", draft=True), fill("#sms_keyword", "VOICE"), submit_staff_form), True),
        ("staff.open_consultation", "staff-open", (staff_page("/open", draft=True),), False),
        ("staff.open_consultation", "staff-open-errors", (staff_page("/open", draft=True), submit_staff_form), True),
        ("staff.new_question", "staff-new-question", (staff_page("/questions/new", draft=True),), False),
        ("staff.new_question", "staff-new-question-sms-too-long",
         (staff_page("/questions/new", draft=True), fill("#sms_text_cy", WELSH_SMS_TOO_LONG), submit_staff_form), True),
        ("staff.edit_question", "staff-edit-question-answered", (staff_page("/questions/{q0}/edit"),), False),
        ("staff.delete_question", "staff-delete-question", (staff_page("/questions/{q1}/delete", draft=True),), False),
        ("staff.routes", "staff-routes", (staff_page("/questions/{q0}/routes", draft=True),), False),
        ("staff.themes", "staff-themes-empty", (staff_page("/themes", draft=True),), False),
        ("staff.themes", "staff-themes", (staff_page("/themes"),), False),
        ("staff.edit_theme", "staff-new-theme-errors", (staff_page("/themes/new"), submit_staff_form), True),
        ("staff.preview_kiosk", "staff-preview-kiosk", (staff_page("/preview/kiosk"),), False),
        ("staff.preview_sms", "staff-preview-sms", (staff_page("/preview/sms"),), False),
        ("staff.kiosks", "staff-kiosks", (staff_page("/kiosks"),), False),
        ("staff.kiosk_setup", "staff-kiosk-setup", (staff_page("/venues/1/kiosk"),), False),
    )),
    PageState("staff.poster", "staff-poster", (sign_in_as_staff, staff_page("/venues/1/poster")), kiosk=False),
    # "Always current": a whole consultation's re-code, in progress (the poll running) and finished
    PageState("staff.recode", "staff-recode-never-run", (sign_in_as_staff, staff_page("/recode", draft=True)),
              **ENGLISH_ONLY),
    PageState("staff.recode", "staff-recode-running", (sign_in_as_staff, recode_running), **ENGLISH_ONLY),
    PageState("staff.recode", "staff-recode-finished", (sign_in_as_staff, recode_finished), **ENGLISH_ONLY),
    # reports (issue #16, reports part): the downloads page (English only) and the panel report (both languages)
    PageState("staff.reports_page", "staff-reports", (sign_in_as_staff, staff_page("/reports")), **ENGLISH_ONLY),
    # a PDF made by a queued job: "being prepared" (axe checked in the step), then ready without a reload
    PageState("staff.reports_page", "staff-reports-pdf-ready", (sign_in_as_staff, report_pdf_ready), **ENGLISH_ONLY),
    PageState("staff.report_page", "staff-report-panel",
              (sign_in_as_staff, with_response_and_forum_check, staff_page("/reports/panel")), kiosk=False),
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
    # results pages (issue #16, results part; English only)
    *(PageState(endpoint, slug, (sign_in_as_staff, *steps), error_summary=error, **ENGLISH_ONLY)
      for endpoint, slug, steps, error in (
        ("staff.results", "staff-results", (results_page(),), False),
        ("staff.results", "staff-results-filtered", (results_page({"channel": "kiosk"}),), False),
        ("staff.results", "staff-results-refused", (results_page({"channel": "sms", "language": "cy"}),), True),
        ("staff.results", "staff-results-empty", (results_page(draft=True),), False),
        ("staff.results_question", "staff-results-question-scale", (results_question(QuestionKind.SCALE),), False),
        ("staff.results_question", "staff-results-question-free-text",
         (results_question(QuestionKind.FREE_TEXT),), False),
    )),
    PageState("facilitator.results_index", "facilitator-results-index",
              (signed_in(FACILITATOR), goto("/facilitator/results")), **ENGLISH_ONLY),
    PageState("facilitator.results", "facilitator-results", (signed_in(FACILITATOR), facilitator_results),
              **ENGLISH_ONLY),
    # every audience
    PageState(None, "not-found", (goto("/no-such-page"),), kiosk=False, page="error page"),
    PageState("public.home", "landing", (goto("/"),), kiosk=False),
    # theme review (issue #16, part 3; English only)
    *(PageState(endpoint, slug, (sign_in_as_staff, *steps), kiosk=False, languages=("en",), error_summary=error)
      for endpoint, slug, steps, error in (
        ("staff.review", "staff-review", (review_page(),), False),
        ("staff.review_theme", "staff-review-theme", (review_page("/themes/{theme}"),), False),
        ("staff.review_theme", "staff-review-theme-empty", (review_page("/themes/{theme}", theme="empty"),), False),
        ("staff.review_theme", "staff-review-theme-waiting", (review_page("/themes/{theme}?show=proposed"),), False),
        ("staff.review_theme", "staff-review-theme-confirmed",
         (review_page("/themes/{theme}"), press("button[data-action=confirm]")), False),
        ("staff.review_theme", "staff-review-theme-move-refused",
         (review_page("/themes/{theme}"), press("form[action*='/move'] button")), False),
        ("staff.rename_theme", "staff-review-rename", (review_page("/themes/{theme}/rename"),), False),
        ("staff.rename_theme", "staff-review-rename-errors",
         (review_page("/themes/{theme}/rename"), clear("#name"), submit_staff_form), True),
        ("staff.merge_theme", "staff-review-merge", (review_page("/themes/{theme}/merge"),), False),
        ("staff.merge_theme", "staff-review-merge-errors",
         (review_page("/themes/{theme}/merge"), submit_staff_form), True),
        ("staff.split_theme", "staff-review-split", (review_page("/themes/{theme}/split"),), False),
        ("staff.split_theme", "staff-review-split-errors",
         (review_page("/themes/{theme}/split"), submit_staff_form), True),
        ("staff.split_theme", "staff-review-split-empty-theme",
         (review_page("/themes/{theme}/split", theme="empty"),), False),
        ("staff.suggested_themes", "staff-review-suggested", (review_page("/suggested", theme="suggested"),), False),
        ("staff.suggested_themes", "staff-review-suggested-none", (review_page("/suggested", theme="empty"),), False),
      )),
    # "You said, we did" and the forum check (part: public): public pages in both languages, staff in English
    PageState("public.results", "public-results", (published_results,), kiosk=False),
    PageState("public.forum_review", "forum-review", (forum_link,), kiosk=False),
    PageState("public.forum_review", "forum-review-error", (forum_link, send_forum_comment("")), kiosk=False,
              error_summary=True),
    PageState("public.forum_review", "forum-review-sent",
              (forum_link, send_forum_comment("This quote is not what we meant.")), kiosk=False),
    PageState("public.forum_review", "forum-review-sent-support",
              (forum_link, send_forum_comment("Reading this made me want to kill myself.")), kiosk=False),
    PageState("public.forum_review", "forum-review-link-gone", (expired_forum_link,), kiosk=False),
    *(PageState(endpoint, slug, (sign_in_as_staff, *steps), kiosk=False, languages=("en",), error_summary=error)
      for endpoint, slug, steps, error in (
        ("staff.you_said", "staff-you-said-open", (staff_page("/you-said"),), False),
        ("staff.you_said", "staff-you-said-published", (staff_results_page("/you-said"),), False),
        # the update texted by a queued job: "waiting to start" (axe checked in the step), then finished
        ("staff.you_said", "staff-you-said-sent", (update_sent,), False),
        ("staff.forum_reviews", "staff-forum-reviews", (comment_left, staff_results_page("/forum-reviews")), False),
        ("staff.forum_reviews", "staff-forum-link-made", (staff_results_page("/forum-reviews"), make_staff_link),
         False),
      )),
    # the refused update is shown at the form's own POST address (/you-said/update), like the builder's forms
    PageState(None, "staff-you-said-update-too-long", (sign_in_as_staff, staff_results_page("/you-said"),
                                                       long_welsh_update),
              kiosk=False, languages=("en",), error_summary=True, page="staff you-said page, update refused"),
    # staff sign-in and accounts (English only)
    *(PageState(endpoint, slug, steps, kiosk=False, error_summary=errors, languages=("en",), page=name)
      for endpoint, slug, steps, errors, name in (
        ("auth.sign_in", "sign-in", (goto("/sign-in"),), False, ""),
        ("auth.sign_in", "sign-in-error", (wrong_password,), True, ""),
        ("auth.sign_in", "sign-in-timed-out", (goto("/sign-in", timeout="1"),), False, ""),
        ("auth.two_factor", "sign-in-code", (password_then_code_page,), False, ""),
        ("auth.two_factor", "sign-in-code-error", (password_then_code_page, wrong_code), True, ""),
        ("auth.set_up", "set-up-password", (set_up_link,), False, ""),
        ("auth.set_up", "set-up-password-error", (set_up_link, fill("#password", "short"), submit), True, ""),
        ("auth.set_up", "set-up-link-expired", (goto("/set-up/no-such-link"),), False, ""),
        ("auth.account", "account", (signed_in_as(Role.STAFF), goto("/account")), False, ""),
        ("auth.change_password", "change-password", (signed_in_as(Role.STAFF), goto("/account/password")),
         False, ""),
        ("auth.change_password", "change-password-error",
         (signed_in_as(Role.STAFF), goto("/account/password"), submit), True, ""),
        ("auth.two_factor_setup", "two-factor-set-up", (signed_in_as(Role.FACILITATOR), goto("/account/two-factor")),
         False, ""),
        ("auth.two_factor_setup", "two-factor-set-up-error",
         (signed_in_as(Role.FACILITATOR), goto("/account/two-factor"), fill("#code", "123"), submit), True, ""),
        ("auth.two_factor_setup", "recovery-codes",
         (signed_in_as_newcomer, goto("/account/two-factor"), two_factor_code_from_app), False, ""),
        ("facilitator.home", "facilitator-home", (signed_in_as(Role.FACILITATOR), goto("/facilitator/")), False, ""),
        ("facilitator.venue", "facilitator-venue",
         (signed_in_as(Role.STAFF), goto_partner("/facilitator/venues/{venue}")), False, ""),
        ("admin.index", "admin-forbidden-to-staff", (signed_in_as(Role.STAFF), goto("/admin/")), False, ""),
        ("admin.index", "admin-home", (signed_in_as(Role.ADMIN), goto("/admin/")), False, ""),
        ("admin.users", "admin-users", (signed_in_as(Role.ADMIN), goto("/admin/users")), False, ""),
        ("admin.new_user", "admin-new-user", (signed_in_as(Role.ADMIN), goto("/admin/users/new")), False, ""),
        ("admin.new_user", "admin-new-user-error", (signed_in_as(Role.ADMIN), goto("/admin/users/new"), submit),
         True, ""),
        ("admin.user", "admin-user", (signed_in_as(Role.ADMIN), goto_partner("/admin/users/{user}")), False, ""),
        (None, "admin-password-reset", (signed_in_as(Role.ADMIN), reset_staff_password), False,
         "admin password reset page"),
        ("admin.organisations_list", "admin-organisations", (signed_in_as(Role.ADMIN), goto("/admin/organisations")),
         False, ""),
        ("admin.new_organisation", "admin-new-organisation-error",
         (signed_in_as(Role.ADMIN), goto("/admin/organisations/new"), fill("#name", ""), submit), True, ""),
        ("admin.organisation", "admin-organisation",
         (signed_in_as(Role.ADMIN), goto_partner("/admin/organisations/{organisation}")), False, ""),
        ("admin.new_venue", "admin-new-venue",
         (signed_in_as(Role.ADMIN), goto_partner("/admin/organisations/{organisation}/venues/new")), False, ""),
        ("admin.venue", "admin-venue",
         (signed_in_as(Role.ADMIN), goto_partner("/admin/organisations/{organisation}/venues/{venue}")), False, ""),
        ("admin.kiosks", "admin-kiosks", (signed_in_as(Role.ADMIN), kiosk_tablets), False, ""),
        ("admin.kiosks", "admin-kiosk-revoked", (signed_in_as(Role.ADMIN), revoke_spare_tablet), False, ""),
        ("admin.retention", "admin-retention", (signed_in_as(Role.ADMIN), goto("/admin/retention")), False, ""),
        ("admin.retention", "admin-retention-error",
         (signed_in_as(Role.ADMIN), goto("/admin/retention"), fill("#free_text_retention_days", "12"), submit),
         True, ""),
        ("admin.retention", "admin-retention-saved", (signed_in_as(Role.ADMIN), goto("/admin/retention", saved="1")),
         False, ""),
        ("admin.audit_log", "admin-audit-log", (signed_in_as(Role.ADMIN), goto("/admin/audit")), False, ""),
        ("admin.audit_log", "admin-audit-log-error",
         (signed_in_as(Role.ADMIN), goto("/admin/audit", since="2026-13-01")), True, ""),
      )),
)

# GET routes that are not pages a person reads, and why.
EXEMPT: dict[str, str] = {
    "static": "CSS, JS and images: checked as part of every page that loads them",
    "health.healthz": "JSON for load balancers and uptime checks",
    "kiosk.enrol": "a signed set-up link that only redirects to the start page",
    "kiosk.exit": "wipes the journey and redirects; the kiosk-after-exit state checks where it lands",
    "staff.index": "redirects to the list of consultations (staff-consultations)",
    "facilitator.paper_template": "a CSV download (the paper forms template), not a page",
    "staff.recode_progress": "JSON the re-code page polls; its text is checked in staff-recode-finished",
    "staff.report_job_progress": "JSON the downloads page polls for a PDF job; its text is checked in "
                                 "staff-reports-pdf-ready and tests/web/staff/test_job_progress.py",
    "staff.update_send_progress": "JSON the you-said page polls while the update is texted; its text is "
                                  "checked in staff-you-said-sent and tests/web/staff/test_job_progress.py",
    # reports (issue #16, reports part): downloads, not pages; their contents are checked in tests/services
    "staff.report_pdf": "a PDF download of the panel report (its HTML is the staff-report-panel state)",
    "staff.prepared_pdf": "a PDF made by a background job, downloaded",
    "staff.answers_csv": "a CSV download (anonymised answers)",
    "staff.tables_csv": "a CSV download (summary tables)",
}
