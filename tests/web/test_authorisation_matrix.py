"""Every route x every kind of visitor gives the status it should; a route missing here fails.

Visitors: anonymous, a kiosk tablet (enrolled, nobody signed in), a facilitator of organisation A,
a facilitator of organisation B, PCC staff and an admin. Each POST carries the visitor's own valid
CSRF token, so the status shows the access rule, not the CSRF check. A new route must be added
to MATRIX with what each visitor should get (the builder's staff routes too, at merge).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.extensions import db
from consult.models import Role, Venue
from consult.services import accounts
from consult.services.kiosk_enrolment import enrolment_token
from consult.services.users import create_user_in
from tests.conftest import enrol
from tests.web.auth_helpers import OFFICE, PEOPLE, make_person, sign_in, token_from

VISITORS = ("anonymous", "kiosk", "facilitator_a", "facilitator_b", "staff", "admin")
EVERYONE_OK = (200,) * 6
SIGNED_IN_ANY = (302, 302, 200, 200, 200, 200)  # anonymous and the kiosk go to the sign-in page
ADMIN_ONLY = (302, 302, 403, 403, 403, 200)
STAFF_AND_ADMIN = (302, 302, 403, 403, 200, 200)  # the builder's staff pages, for the lead at merge
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
    ("admin.retention", "GET"): Case("/admin/retention", ADMIN_ONLY),
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
    # Twilio's webhooks
    ("sms.inbound", "POST"): Case("/sms/inbound", TWILIO_ONLY),
    ("sms.status", "POST"): Case("/sms/status", TWILIO_ONLY),
}
# These clear the visitor's session (kiosk reset, enrolment, signing out), so they run last.
LAST = (("kiosk.enrol", "GET"), ("kiosk.exit", "GET"), ("auth.sign_out", "POST"))


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
