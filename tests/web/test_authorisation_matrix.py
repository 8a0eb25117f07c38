"""Every route x every kind of visitor gives the status it should; a route missing here fails.

Visitors: anonymous, a kiosk tablet (enrolled, nobody signed in), a facilitator of organisation A,
a facilitator of organisation B, PCC staff and an admin. Each POST carries the visitor's own valid
CSRF token, so the status shows the access rule, not the CSRF check. A new route must be added
to MATRIX with what each visitor should get.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, QuestionKind, Role, Theme, Venue
from consult.services import accounts
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_raw_text
from consult.services.kiosk_enrolment import enrol_tablet, enrolment_token
from consult.services.users import create_user_in
from tests.conftest import enrol
from tests.web.auth_helpers import OFFICE, PEOPLE, make_person, sign_in, token_from

VISITORS = ("anonymous", "kiosk", "facilitator_a", "facilitator_b", "staff", "admin")
EVERYONE_OK = (200,) * 6
SIGNED_IN_ANY = (302, 302, 200, 200, 200, 200)  # anonymous and the kiosk go to the sign-in page
ADMIN_ONLY = (302, 302, 403, 403, 403, 200)
STAFF_AND_ADMIN = (302, 302, 403, 403, 200, 200)  # the consultation builder
STAFF_FORM = (302, 302, 403, 403, 400, 400)  # an empty or refused builder form
STAFF_ACTION = (302, 302, 403, 403, 302, 302)  # a builder button: done, back to the page
KIOSK_ONLY = (403, 200, 403, 403, 403, 403)  # a tablet must be enrolled; people's browsers are not
TWILIO_ONLY = (403,) * 6  # unsigned: only Twilio's signed webhooks pass


@dataclass(frozen=True)
class Case:
    url: str
    expected: tuple[int, int, int, int, int, int]


MATRIX: dict[tuple[str, str], Case] = {
    ("static", "GET"): Case("/static/app.css", EVERYONE_OK),
    ("health.healthz", "GET"): Case("/healthz", EVERYONE_OK),
    ("public.home", "GET"): Case("/", EVERYONE_OK),
    # signing in: open to all; a signed-in person is sent on to their home page
    ("auth.sign_in", "GET"): Case("/sign-in", (200, 200, 302, 302, 302, 302)),
    ("auth.sign_in", "POST"): Case("/sign-in", (200, 200, 302, 302, 302, 302)),
    ("auth.two_factor", "GET"): Case("/sign-in/two-factor", (302,) * 6),  # nobody is half signed in
    ("auth.two_factor", "POST"): Case("/sign-in/two-factor", (302,) * 6),
    ("auth.set_up", "GET"): Case("/set-up/{setup_token}", EVERYONE_OK),
    ("auth.set_up", "POST"): Case("/set-up/{setup_token}", EVERYONE_OK),  # empty form: errors shown
    ("auth.account", "GET"): Case("/account", SIGNED_IN_ANY),
    ("auth.change_password", "GET"): Case("/account/password", SIGNED_IN_ANY),
    ("auth.change_password", "POST"): Case("/account/password", SIGNED_IN_ANY),
    ("auth.two_factor_setup", "GET"): Case("/account/two-factor", SIGNED_IN_ANY),
    ("auth.two_factor_setup", "POST"): Case("/account/two-factor", SIGNED_IN_ANY),
    ("auth.sign_out", "POST"): Case("/sign-out", (302,) * 6),
    # facilitator pages: own organisation only (another organisation's venue is "not found")
    ("facilitator.home", "GET"): Case("/facilitator/", SIGNED_IN_ANY),
    ("facilitator.venue", "GET"): Case("/facilitator/venues/{venue_a}", (302, 302, 200, 404, 200, 200)),
    # the consultation builder: PCC staff and admins
    ("staff.index", "GET"): Case("/staff/", (302, 302, 403, 403, 302, 302)),
    ("staff.consultations", "GET"): Case("/staff/consultations", STAFF_AND_ADMIN),
    ("staff.new_consultation", "GET"): Case("/staff/consultations/new", STAFF_AND_ADMIN),
    ("staff.new_consultation", "POST"): Case("/staff/consultations/new", STAFF_FORM),
    ("staff.consultation", "GET"): Case("/staff/consultations/{consultation}", STAFF_AND_ADMIN),
    ("staff.edit_consultation", "GET"): Case("/staff/consultations/{consultation}/edit", STAFF_AND_ADMIN),
    ("staff.edit_consultation", "POST"): Case("/staff/consultations/{consultation}/edit", STAFF_FORM),
    ("staff.open_consultation", "GET"): Case("/staff/consultations/{consultation}/open", STAFF_AND_ADMIN),
    ("staff.open_consultation", "POST"): Case("/staff/consultations/{consultation}/open", STAFF_FORM),
    ("staff.close_consultation", "POST"): Case("/staff/consultations/{consultation}/close", STAFF_ACTION),
    ("staff.new_question", "GET"): Case("/staff/consultations/{consultation}/questions/new", STAFF_AND_ADMIN),
    ("staff.new_question", "POST"): Case("/staff/consultations/{consultation}/questions/new", STAFF_FORM),
    ("staff.edit_question", "GET"): Case("/staff/consultations/{consultation}/questions/{question}/edit",
                                         STAFF_AND_ADMIN),
    ("staff.edit_question", "POST"): Case("/staff/consultations/{consultation}/questions/{question}/edit",
                                          STAFF_FORM),
    ("staff.delete_question", "GET"): Case("/staff/consultations/{consultation}/questions/{question}/delete",
                                           STAFF_AND_ADMIN),
    ("staff.delete_question", "POST"): Case("/staff/consultations/{consultation}/questions/{question}/delete",
                                            STAFF_FORM),  # answered: refused
    ("staff.move_question", "POST"): Case("/staff/consultations/{consultation}/questions/{question}/move",
                                          STAFF_FORM),  # answered: refused
    ("staff.routes", "GET"): Case("/staff/consultations/{consultation}/questions/{question}/routes",
                                  STAFF_AND_ADMIN),
    ("staff.routes", "POST"): Case("/staff/consultations/{consultation}/questions/{question}/routes",
                                   STAFF_ACTION),  # a free-text question has no routes to set
    # theme review (issue #16, part 3). Before staff.remove_theme, which dismisses {theme}. Empty POSTs:
    # an answer's decision is refused with a message (302 back to the theme); a form is shown again (400).
    ("staff.review", "GET"): Case("/staff/consultations/{consultation}/review", STAFF_AND_ADMIN),
    ("staff.review_theme", "GET"): Case("/staff/consultations/{consultation}/review/themes/{theme}", STAFF_AND_ADMIN),
    **{(f"staff.{endpoint}", "POST"): Case(
        f"/staff/consultations/{{consultation}}/review/themes/{{theme}}/answers/{{answer_a}}/{action}", STAFF_ACTION)
       for endpoint, action in (("move_code", "move"), ("mark_sentiment", "sentiment"), ("remove_quote", "unquote"),
                                ("choose_quote", "quote"), ("confirm_code", "confirm"), ("reject_code", "reject"))},
    **{(f"staff.{endpoint}_theme", method): Case(
        f"/staff/consultations/{{consultation}}/review/themes/{{theme}}/{endpoint}",
        STAFF_AND_ADMIN if method == "GET" else STAFF_FORM)
       for endpoint in ("rename", "merge", "split") for method in ("GET", "POST")},
    ("staff.suggested_themes", "GET"): Case("/staff/consultations/{consultation}/review/suggested", STAFF_AND_ADMIN),
    ("staff.accept_suggestion", "POST"): Case(
        "/staff/consultations/{consultation}/review/suggested/{theme}/accept", STAFF_ACTION),  # not a suggestion
    ("staff.dismiss_suggestion", "POST"): Case(
        "/staff/consultations/{consultation}/review/suggested/{theme}/dismiss", STAFF_ACTION),
    ("staff.themes", "GET"): Case("/staff/consultations/{consultation}/themes", STAFF_AND_ADMIN),
    ("staff.start_from_default", "POST"): Case("/staff/consultations/{consultation}/themes/default",
                                               STAFF_ACTION),
    ("staff.edit_theme", "GET"): Case("/staff/consultations/{consultation}/themes/{theme}/edit", STAFF_AND_ADMIN),
    ("staff.edit_theme", "POST"): Case("/staff/consultations/{consultation}/themes/{theme}/edit", STAFF_FORM),
    ("staff.remove_theme", "POST"): Case("/staff/consultations/{consultation}/themes/{theme}/remove",
                                         STAFF_ACTION),
    ("staff.preview_kiosk", "GET"): Case("/staff/consultations/{consultation}/preview/kiosk", STAFF_AND_ADMIN),
    ("staff.preview_sms", "GET"): Case("/staff/consultations/{consultation}/preview/sms", STAFF_AND_ADMIN),
    ("staff.kiosks", "GET"): Case("/staff/consultations/{consultation}/kiosks", STAFF_AND_ADMIN),
    ("staff.kiosk_setup", "GET"): Case("/staff/consultations/{consultation}/venues/{venue_a}/kiosk",
                                       STAFF_AND_ADMIN),
    ("staff.poster", "GET"): Case("/staff/consultations/{consultation}/venues/{venue_a}/poster", STAFF_AND_ADMIN),
    # "Always current": a whole consultation's re-code in the background, and its progress
    ("staff.recode", "GET"): Case("/staff/consultations/{consultation}/recode", STAFF_AND_ADMIN),
    ("staff.start_recode", "POST"): Case("/staff/consultations/{consultation}/recode", STAFF_ACTION),
    ("staff.recode_progress", "GET"): Case("/staff/consultations/{consultation}/recode/progress.json",
                                           STAFF_AND_ADMIN),
    # reports (issue #16, reports part): the panel report (HTML, PDF) and the CSV exports, staff and admins
    ("staff.reports_page", "GET"): Case("/staff/consultations/{consultation}/reports", STAFF_AND_ADMIN),
    ("staff.report_page", "GET"): Case("/staff/consultations/{consultation}/reports/panel", STAFF_AND_ADMIN),
    ("staff.report_pdf", "GET"): Case("/staff/consultations/{consultation}/reports/panel.pdf", STAFF_AND_ADMIN),
    ("staff.prepare_pdf", "POST"): Case("/staff/consultations/{consultation}/reports/panel.pdf",
                                        STAFF_AND_ADMIN),  # no queue configured: the PDF at once
    ("staff.prepared_pdf", "GET"): Case("/staff/consultations/{consultation}/reports/jobs/no-such-job.pdf",
                                        (302, 302, 403, 403, 404, 404)),
    ("staff.report_job_progress", "GET"): Case(
        "/staff/consultations/{consultation}/reports/jobs/no-such-job/progress.json", STAFF_AND_ADMIN),
    ("staff.answers_csv", "GET"): Case("/staff/consultations/{consultation}/reports/answers.csv", STAFF_AND_ADMIN),
    ("staff.tables_csv", "GET"): Case("/staff/consultations/{consultation}/reports/tables.csv", STAFF_AND_ADMIN),
    # the facilitator's workspace: their own organisation's venues; staff and admins see all
    ("facilitator.safeguarding", "GET"): Case("/facilitator/safeguarding", SIGNED_IN_ANY),
    ("facilitator.safeguarding_item", "GET"): Case("/facilitator/safeguarding/{flag_a}",
                                                   (302, 302, 200, 404, 200, 200)),
    ("facilitator.safeguarding_item", "POST"): Case("/facilitator/safeguarding/{flag_a}",
                                                    (302, 302, 200, 404, 200, 200)),  # no outcome: errors
    ("facilitator.entry", "GET"): Case("/facilitator/entry", SIGNED_IN_ANY),
    ("facilitator.entry", "POST"): Case("/facilitator/entry", SIGNED_IN_ANY),  # empty form: errors shown
    ("facilitator.entry_answers", "GET"): Case("/facilitator/entry/answers?consultation={consultation}"
                                               "&venue={venue_a}", (302, 302, 200, 404, 200, 200)),
    ("facilitator.entry_answers", "POST"): Case("/facilitator/entry/answers?consultation={consultation}"
                                                "&venue={venue_a}", (302, 302, 200, 404, 200, 200)),
    ("facilitator.entry_save", "POST"): Case("/facilitator/entry/save", (302, 302, 404, 404, 404, 404)),  # unsealed
    ("facilitator.paper", "GET"): Case("/facilitator/paper", SIGNED_IN_ANY),
    ("facilitator.paper", "POST"): Case("/facilitator/paper", SIGNED_IN_ANY),  # no file: errors shown
    ("facilitator.paper_template", "GET"): Case("/facilitator/paper/{consultation}/template.csv", SIGNED_IN_ANY),
    ("facilitator.paper_form", "GET"): Case("/facilitator/paper/{consultation}/form", SIGNED_IN_ANY),
    ("facilitator.answers", "GET"): Case("/facilitator/answers", SIGNED_IN_ANY),
    ("facilitator.answer", "GET"): Case("/facilitator/answers/{answer_a}", (302, 302, 200, 404, 200, 200)),
    ("facilitator.answer", "POST"): Case("/facilitator/answers/{answer_a}", (302, 302, 200, 404, 200, 200)),
    ("facilitator.venues", "GET"): Case("/facilitator/venues", SIGNED_IN_ANY),
    # admin
    ("admin.index", "GET"): Case("/admin/", ADMIN_ONLY),
    ("admin.users", "GET"): Case("/admin/users", ADMIN_ONLY),
    ("admin.new_user", "GET"): Case("/admin/users/new", ADMIN_ONLY),
    ("admin.new_user", "POST"): Case("/admin/users/new", ADMIN_ONLY),  # empty form: errors shown
    ("admin.user", "GET"): Case("/admin/users/{target}", ADMIN_ONLY),
    ("admin.change_role", "POST"): Case("/admin/users/{target}/role", ADMIN_ONLY),  # no role chosen: errors
    ("admin.set_active", "POST"): Case("/admin/users/{target}/active", (302, 302, 403, 403, 403, 302)),
    ("admin.reset_password", "POST"): Case("/admin/users/{target}/reset-password", ADMIN_ONLY),
    ("admin.reset_two_factor", "POST"): Case("/admin/users/{target}/reset-two-factor",
                                             (302, 302, 403, 403, 403, 302)),
    ("admin.organisations_list", "GET"): Case("/admin/organisations", ADMIN_ONLY),
    ("admin.new_organisation", "GET"): Case("/admin/organisations/new", ADMIN_ONLY),
    ("admin.new_organisation", "POST"): Case("/admin/organisations/new", ADMIN_ONLY),
    ("admin.organisation", "GET"): Case("/admin/organisations/{org_a}", ADMIN_ONLY),
    ("admin.organisation", "POST"): Case("/admin/organisations/{org_a}", ADMIN_ONLY),
    ("admin.new_venue", "GET"): Case("/admin/organisations/{org_a}/venues/new", ADMIN_ONLY),
    ("admin.new_venue", "POST"): Case("/admin/organisations/{org_a}/venues/new", ADMIN_ONLY),
    ("admin.venue", "GET"): Case("/admin/organisations/{org_a}/venues/{venue_a}", ADMIN_ONLY),
    ("admin.venue", "POST"): Case("/admin/organisations/{org_a}/venues/{venue_a}", ADMIN_ONLY),
    ("admin.kiosks", "GET"): Case("/admin/kiosks", ADMIN_ONLY),
    ("admin.revoke_kiosk", "POST"): Case("/admin/kiosks/{tablet}/revoke", (302, 302, 403, 403, 403, 302)),
    ("admin.retention", "GET"): Case("/admin/retention", ADMIN_ONLY),
    ("admin.retention", "POST"): Case("/admin/retention", ADMIN_ONLY),  # empty form: errors shown
    ("admin.audit_log", "GET"): Case("/admin/audit", ADMIN_ONLY),
    # kiosk: an enrolled tablet only
    ("kiosk.enrol", "GET"): Case("/kiosk/enrol/{kiosk_token}", (302,) * 6),
    ("kiosk.start", "GET"): Case("/kiosk/", KIOSK_ONLY),
    ("kiosk.begin", "POST"): Case("/kiosk/start", (403, 302, 403, 403, 403, 403)),
    ("kiosk.question", "GET"): Case("/kiosk/question/1", KIOSK_ONLY),  # the journey began just above
    ("kiosk.question", "POST"): Case("/kiosk/question/1", KIOSK_ONLY),  # no answer: the error is shown
    ("kiosk.check", "GET"): Case("/kiosk/check", KIOSK_ONLY),
    ("kiosk.submit", "POST"): Case("/kiosk/check", (403, 302, 403, 403, 403, 403)),
    ("kiosk.thank_you", "GET"): Case("/kiosk/thank-you", KIOSK_ONLY),
    ("kiosk.keep_alive", "POST"): Case("/kiosk/keep-alive", (403, 204, 403, 403, 403, 403)),
    ("kiosk.exit", "GET"): Case("/kiosk/exit", (302,) * 6),
    ("kiosk.left", "GET"): Case("/kiosk/left", EVERYONE_OK),  # the neutral page Exit This Page leaves for
    # results pages (issue #16, results part)
    ("staff.results", "GET"): Case("/staff/consultations/{consultation}/results", STAFF_AND_ADMIN),
    ("staff.results_question", "GET"): Case("/staff/consultations/{consultation}/results/questions/{question}",
                                            STAFF_AND_ADMIN),
    ("facilitator.results_index", "GET"): Case("/facilitator/results", SIGNED_IN_ANY),
    ("facilitator.results", "GET"): Case("/facilitator/results/{consultation}", SIGNED_IN_ANY),
    # "You said, we did" and the forum check (part: public). Staff only; the demo consultation is open, so
    # publishing is refused (400) and the public page is "not found" for everyone; a forum link with an
    # unknown token is "not found" too (a real link is tested in tests/web/public).
    ("staff.you_said", "GET"): Case("/staff/consultations/{consultation}/you-said", STAFF_AND_ADMIN),
    ("staff.save_responses", "POST"): Case("/staff/consultations/{consultation}/you-said/responses", STAFF_ACTION),
    ("staff.save_update", "POST"): Case("/staff/consultations/{consultation}/you-said/update", STAFF_ACTION),
    ("staff.publish_results", "POST"): Case("/staff/consultations/{consultation}/you-said/publish", STAFF_FORM),
    ("staff.unpublish_results", "POST"): Case("/staff/consultations/{consultation}/you-said/unpublish",
                                               STAFF_FORM),
    ("staff.send_update", "POST"): Case("/staff/consultations/{consultation}/you-said/send", STAFF_FORM),
    ("staff.update_send_progress", "GET"): Case(
        "/staff/consultations/{consultation}/you-said/jobs/no-such-job/progress.json", STAFF_AND_ADMIN),
    ("staff.forum_reviews", "GET"): Case("/staff/consultations/{consultation}/forum-reviews", STAFF_AND_ADMIN),
    ("staff.forum_reviews", "POST"): Case("/staff/consultations/{consultation}/forum-reviews", STAFF_FORM),
    ("staff.revoke_forum_review", "POST"): Case("/staff/consultations/{consultation}/forum-reviews/999999/revoke",
                                                (302, 302, 403, 403, 404, 404)),
    ("staff.answer_forum_comment", "POST"): Case(
        "/staff/consultations/{consultation}/forum-reviews/comments/999999", (302, 302, 403, 403, 404, 404)),
    ("public.results", "GET"): Case("/results/your-voice-2027", (404,) * 6),
    ("public.forum_review", "GET"): Case("/forum-review/no-such-link", (404,) * 6),
    ("public.forum_review", "POST"): Case("/forum-review/no-such-link", (404,) * 6),
    # Twilio's webhooks
    ("sms.inbound", "POST"): Case("/sms/inbound", TWILIO_ONLY),
    ("sms.status", "POST"): Case("/sms/status", TWILIO_ONLY),
}
# These clear the visitor's session (kiosk reset, enrolment, signing out), so they run last.
LAST = (("staff.close_consultation", "POST"), ("kiosk.enrol", "GET"), ("kiosk.exit", "GET"),
        ("auth.sign_out", "POST"))


def routes(app: Flask) -> set[tuple[str, str]]:
    return {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }


def test_every_route_is_in_the_matrix(app: Flask) -> None:
    missing = routes(app) - set(MATRIX)
    assert not missing, f"routes with no row in the authorisation matrix: {sorted(missing)}"
    stale = set(MATRIX) - routes(app)
    assert not stale, f"the matrix names routes the app no longer has: {sorted(stale)}"


@dataclass
class World:
    app: Flask
    clients: dict[str, FlaskClient]
    ids: dict[str, object]

    def url(self, case: Case) -> str:
        """The case's URL; a kiosk set-up link works once, so each visit gets a fresh one."""
        ids = dict(self.ids)
        if "{kiosk_token}" in case.url:
            with self.app.app_context():
                ids["kiosk_token"] = enrolment_token("Riverside Women's Centre", "your-voice-2027")
        return case.url.format(**ids)

    def request(self, visitor: str, method: str, url: str) -> int:
        client = self.clients[visitor]
        if method == "GET":
            with client.get(url) as response:
                return response.status_code
        signed_in = client.get("/account").status_code == 200
        token = token_from(client, "/account" if signed_in else "/sign-in")
        return client.post(url, data={"csrf_token": token}).status_code


@pytest.fixture()
def world(demo: Flask) -> Iterator[World]:
    people = {key: make_person(demo, key) for key in PEOPLE}
    with demo.app_context():
        target = create_user_in(OFFICE, email="target@pcc.example", name="Target", password="tall brown giraffe",
                                role=Role.STAFF)
        setup_token = accounts.issue_setup_link(target)
        db.session.commit()
        from consult.services.organisations import facilitator_overview

        venues = {venue.name: venue.id for venue in facilitator_overview(None, None).venues}
        ids = {
            "setup_token": setup_token,
            "venue_a": venues["Riverside Women's Centre"],
            "venue_b": venues["Station Road Hostel"],
            "org_a": db.session.get(Venue, venues["Riverside Women's Centre"]).organisation_id,
            "target": target.id,
            "tablet": _spare_tablet(),
            **_consultation_ids(),
        }
        db.session.remove()
    clients = {}
    for visitor in VISITORS:
        client = demo.test_client()
        if visitor == "kiosk":
            enrol(client, demo)
        elif visitor != "anonymous":
            sign_in(client, people[visitor].email)
        clients[visitor] = client
    yield World(demo, clients, ids)


def _spare_tablet() -> str:
    """A tablet nobody visits as, so revoking it leaves the kiosk visitor's own tablet working."""
    device = enrol_tablet(enrolment_token("Riverside Women's Centre", "your-voice-2027"))
    assert device is not None
    return device.tablet_id


def _consultation_ids() -> dict[str, int]:
    """The demo consultation, one of its questions and themes, and a flagged answer and an answer at venue A."""
    consultation = consultation_data.get_consultation_by_slug("your-voice-2027")
    venue = consultation_data.get_venue_by_name("Riverside Women's Centre")
    assert consultation is not None and venue is not None
    question = next(q for q in consultation.questions if q.kind is QuestionKind.FREE_TEXT)
    theme = db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id)).first()
    assert theme is not None
    ids = []
    for text in ("Some nights I think about ending it all.", "The staff were kind to me."):
        response = response_data.create_response(consultation.id, Channel.KIOSK, date.today(), venue_id=venue.id)
        store_raw_text(response, question.id, text, anonymiser_for_organisations(), 2000)
        db.session.commit()
        ids.append(response.answers[-1].id)
    flag, answer = ids
    return {"consultation": consultation.id, "question": question.id, "theme": theme.id, "flag_a": flag,
            "answer_a": answer}


def test_each_visitor_gets_the_expected_status(world: World) -> None:
    wrong = []
    for key in [*(item for item in MATRIX if item not in LAST), *LAST]:
        endpoint, method = key
        case = MATRIX[key]
        for visitor, expected in zip(VISITORS, case.expected, strict=True):
            url = world.url(case)
            status = world.request(visitor, method, url)
            if status != expected:
                wrong.append(f"{method} {url} ({endpoint}) as {visitor}: {status}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def test_facilitators_cannot_reach_another_organisations_venue_by_changing_the_id(world: World) -> None:
    own, other = world.ids["venue_a"], world.ids["venue_b"]
    a, b = world.clients["facilitator_a"], world.clients["facilitator_b"]
    assert a.get(f"/facilitator/venues/{own}").status_code == 200
    assert a.get(f"/facilitator/venues/{other}").status_code == 404
    assert b.get(f"/facilitator/venues/{other}").status_code == 200
    assert b.get(f"/facilitator/venues/{own}").status_code == 404
    assert a.get("/facilitator/venues/999999").status_code == 404
    home = a.get("/facilitator/").get_data(as_text=True)
    assert "Riverside Women&#39;s Centre" in home and "Station Road Hostel" not in home
