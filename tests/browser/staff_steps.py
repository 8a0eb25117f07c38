"""Browser steps for the staff pages: accounts on the live server, and signing in as a person would.

The live server is shared by the whole run, so each account is created once (by email) and
steps that change an account (lockout, set-up links) use accounts of their own.
"""

from __future__ import annotations

import pyotp
from cryptography.fernet import Fernet
from playwright.sync_api import Page
from sqlalchemy import select

from consult.extensions import db
from consult.models import Organisation, Role, User, Venue
from consult.services import accounts
from consult.services.users import create_user_in
from tests.browser.steps import Step, Visit

PASSWORD = "kettle lantern pebble"
OFFICE = "Office of the Police and Crime Commissioner (demo)"
PARTNER = "Riverside Women's Centre (partner)"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def _account(visit: Visit, email: str, role: Role, organisation: str = OFFICE, totp: bool = False) -> int:
    """The id of the account with this email, created the first time it is asked for."""
    with visit.server.app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        if user is None:
            user = create_user_in(organisation, email=email, name=email.split("@")[0].title(), password=PASSWORD,
                                  role=role)
        if totp and not user.totp_secret:
            key = Fernet(str(visit.server.app.config["CONTACT_ENCRYPTION_KEY"]).encode())
            user.totp_secret = key.encrypt(TOTP_SECRET.encode()).decode()
            db.session.commit()
        user_id = user.id
        db.session.remove()
    return user_id


def _fill_sign_in(page: Page, visit: Visit, email: str, password: str = PASSWORD) -> None:
    page.goto(visit.url("/sign-in"))
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()


def signed_in_as(role: Role) -> Step:
    emails = {Role.ADMIN: "admin@browser.example", Role.STAFF: "staff@browser.example",
              Role.FACILITATOR: "facilitator@browser.example"}

    def step(page: Page, visit: Visit) -> None:
        organisation = PARTNER if role is Role.FACILITATOR else OFFICE
        _account(visit, emails[role], role, organisation)
        _fill_sign_in(page, visit, emails[role])
        assert "/sign-in" not in page.url, f"could not sign in as {role.value}"

    return step


def signed_in_as_newcomer(page: Page, visit: Visit) -> None:
    """A facilitator account of its own (for states that switch two-factor sign-in on)."""
    with visit.server.app.app_context():
        count = len(db.session.scalars(select(User.id)).all())
        db.session.remove()
    email = f"fresh{count}@browser.example"
    _account(visit, email, Role.FACILITATOR, PARTNER)
    _fill_sign_in(page, visit, email)
    assert "/sign-in" not in page.url, "could not sign in as a new facilitator"


def password_then_code_page(page: Page, visit: Visit) -> None:
    """An account with two-factor sign-in: the right password leads to the code page."""
    _account(visit, "twofactor@browser.example", Role.STAFF, totp=True)
    _fill_sign_in(page, visit, "twofactor@browser.example")
    page.wait_for_url("**/sign-in/two-factor*")


def wrong_code(page: Page, _visit: Visit) -> None:
    code = pyotp.TOTP(TOTP_SECRET).now()
    page.locator("#code").fill("000000" if code != "000000" else "111111")
    submit(page, _visit)


def wrong_password(page: Page, visit: Visit) -> None:
    _fill_sign_in(page, visit, "nobody@browser.example", "not the password")


def submit(page: Page, _visit: Visit) -> None:
    """Press the form's main button (in the page content, not the sign-out button)."""
    with page.expect_navigation():
        page.locator("main form button[type=submit], main form input[type=submit]").last.click()


def fill(selector: str, text: str) -> Step:
    def step(page: Page, _visit: Visit) -> None:
        page.locator(selector).fill(text)

    return step


def set_up_link(page: Page, visit: Visit) -> None:
    """A new account's one-time link, as an admin would pass it on (a fresh one every time)."""
    with visit.server.app.app_context():
        count = len(db.session.scalars(select(User.id)).all())
        db.session.remove()
    user_id = _account(visit, f"newcomer{count}@browser.example", Role.STAFF)
    with visit.server.app.app_context():
        fresh = db.session.get(User, user_id)
        assert fresh is not None
        token = accounts.issue_setup_link(fresh)
        db.session.commit()
        db.session.remove()
    page.goto(visit.url(f"/set-up/{token}"))


def two_factor_code_from_app(page: Page, _visit: Visit) -> None:
    """Read the key off the set-up page as an authenticator app would, and type its code."""
    secret = (page.locator("#setup-key").text_content() or "").replace(" ", "")
    page.locator("#code").fill(pyotp.TOTP(secret).now())
    submit(page, _visit)


def _ids(visit: Visit) -> tuple[int, int, int]:
    """The partner organisation, its venue, and the staff account."""
    with visit.server.app.app_context():
        organisation = db.session.scalars(select(Organisation.id).where(Organisation.name == PARTNER)).one()
        venue = db.session.scalars(select(Venue.id).where(Venue.organisation_id == organisation)).first()
        db.session.remove()
    return organisation, int(venue or 0), _account(visit, "staff@browser.example", Role.STAFF)


def goto_partner(path: str) -> Step:
    """A page about the demo partner organisation: ``path`` may use {organisation}, {venue}, {user}."""

    def step(page: Page, visit: Visit) -> None:
        organisation, venue, user = _ids(visit)
        page.goto(visit.url(path.format(organisation=organisation, venue=venue, user=user)))

    return step


def reset_staff_password(page: Page, visit: Visit) -> None:
    """An admin resets another account's password (a throwaway account, so nobody else is affected)."""
    user_id = _account(visit, "reset-me@browser.example", Role.STAFF)
    page.goto(visit.url(f"/admin/users/{user_id}"))
    with page.expect_navigation():
        page.get_by_role("button", name="Reset password").click()


def _spare_tablet(visit: Visit) -> str:
    """A tablet set up for the demo venue that no other state uses, so revoking it affects nobody."""
    from consult.services.kiosk_enrolment import enrol_tablet, enrolment_token

    with visit.server.app.app_context():
        device = enrol_tablet(enrolment_token("Riverside Women's Centre", "your-voice-2027"))
        db.session.remove()
    assert device is not None
    return device.tablet_id


def kiosk_tablets(page: Page, visit: Visit) -> None:
    """The admin's list of kiosk tablets, with at least one still working."""
    _spare_tablet(visit)
    page.goto(visit.url("/admin/kiosks"))


def revoke_spare_tablet(page: Page, visit: Visit) -> None:
    """An admin revokes a tablet of its own from the kiosk tablets page."""
    spare = _spare_tablet(visit)
    page.goto(visit.url("/admin/kiosks"))
    with page.expect_navigation():
        page.get_by_role("button", name=f"Revoke tablet {spare}").click()
