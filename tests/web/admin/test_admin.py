"""Admin pages: accounts, organisations and venues, retention and the audit log."""

from __future__ import annotations

import json
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, AuditEvent, Organisation, User
from consult.services import audit
from consult.services.anonymisers import anonymiser_for_organisations
from tests.web.auth.test_account import set_up_two_factor
from tests.web.auth_helpers import PASSWORD, errors_on, make_person, post_sign_in, sign_in, token_from


def post(client: FlaskClient, path: str, form_page: str, **data: str) -> object:
    return client.post(path, data={"csrf_token": token_from(client, form_page), **data})


def actions_for(app: Flask, object_id: int) -> list[str]:
    with app.app_context():
        return [e.action for e in db.session.scalars(select(AuditEvent).where(AuditEvent.object_id == object_id))]


def office_id(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalars(select(Organisation.id).where(Organisation.kind == "pcc_office")).one())


def test_create_account_form_errors(demo: Flask, admin: FlaskClient) -> None:
    empty = post(admin, "/admin/users/new", "/admin/users/new", name="", email="", role="", organisation="")
    assert errors_on(empty.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "Enter the person's full name", "Enter the person's email address", "Choose a role", "Choose an organisation"]
    bad = post(admin, "/admin/users/new", "/admin/users/new", name="Sam", email="sam.example", role="staff",
               organisation=str(office_id(demo)))
    assert errors_on(bad.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "Enter an email address in the correct format, like name@example.org"]
    taken = post(admin, "/admin/users/new", "/admin/users/new", name="Sam", email="BOSS@pcc.example", role="staff",
                 organisation=str(office_id(demo)))
    assert errors_on(taken.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "An account with this email address already exists"]


def test_a_new_account_is_set_up_through_a_one_time_link(demo: Flask, admin: FlaskClient) -> None:
    created = post(admin, "/admin/users/new", "/admin/users/new", name="Sam Jones", email="Sam.Jones@pcc.example",
                   role="staff", organisation=str(office_id(demo)))
    html = created.get_data(as_text=True)  # type: ignore[attr-defined]
    link = re.search(r'id="setup-link">([^<]+)<', html).group(1)  # type: ignore[union-attr]
    assert link.startswith("https://consult.example.org/set-up/")
    path = link.removeprefix("https://consult.example.org")
    assert path not in admin.get("/admin/users").get_data(as_text=True)  # shown once only
    person = demo.test_client()
    assert post_sign_in(person, "sam.jones@pcc.example", PASSWORD).status_code == 200  # no password yet
    page = person.get(path).get_data(as_text=True)
    assert "sam.jones@pcc.example" in page
    mismatch = person.post(path, data={"csrf_token": token_from(person, path), "password": PASSWORD,
                                       "confirm": "other words here"})
    assert errors_on(mismatch.get_data(as_text=True)) == ["The passwords do not match"]
    weak = person.post(path, data={"csrf_token": token_from(person, path), "password": "sam jones 1234",
                                   "confirm": "sam jones 1234"})
    assert errors_on(weak.get_data(as_text=True)) == ["Your password must not contain your name or email address"]
    done = person.post(path, data={"csrf_token": token_from(person, path), "password": PASSWORD, "confirm": PASSWORD})
    assert done.headers["Location"] == "/sign-in?set_up=1"
    assert person.get(path).status_code == 404  # used up
    sign_in(person, "sam.jones@pcc.example")
    with demo.app_context():
        user = db.session.scalars(select(User).where(User.email == "sam.jones@pcc.example")).one()
        assert user.setup_token_hash is None and user.role.value == "staff"
        user_id = user.id
    assert actions_for(demo, user_id) == [audit.USER_CREATED, audit.SIGN_IN_FAILED, audit.ACCOUNT_SET_UP, audit.SIGN_IN]


def test_changing_a_role_takes_effect_at_once_and_is_audited(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, staff.email)
    none_chosen = admin.post(f"/admin/users/{staff.id}/role", data={"csrf_token": token_from(admin, "/admin/users")})
    assert errors_on(none_chosen.get_data(as_text=True)) == ["Choose a role"]
    response = post(admin, f"/admin/users/{staff.id}/role", "/admin/users", role="facilitator")
    assert response.headers["Location"] == f"/admin/users/{staff.id}?done=role"  # type: ignore[attr-defined]
    assert client.get("/account").status_code == 302  # their session ended
    with demo.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == audit.ROLE_CHANGED)).one()
        assert event.object_id == staff.id and event.detail == {"old_role": "staff", "new_role": "facilitator"}


def test_an_admin_cannot_demote_or_deactivate_themselves(demo: Flask, admin: FlaskClient) -> None:
    with demo.app_context():
        me = db.session.scalars(select(User.id).where(User.email == "boss@pcc.example")).one()
    page = post(admin, f"/admin/users/{me}/role", "/admin/users", role="staff").get_data(as_text=True)  # type: ignore[attr-defined]
    assert "You cannot change the role of your own account" in page
    page = post(admin, f"/admin/users/{me}/active", "/admin/users", active="0").get_data(as_text=True)  # type: ignore[attr-defined]
    assert "You cannot deactivate your own account" in page
    assert admin.get("/admin/").status_code == 200


def test_deactivated_accounts_cannot_sign_in(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, staff.email)
    post(admin, f"/admin/users/{staff.id}/active", "/admin/users", active="0")
    assert client.get("/account").status_code == 302
    wrong = post_sign_in(demo.test_client(), staff.email)
    assert errors_on(wrong.get_data(as_text=True)) == ["Enter a correct email address and password"]  # type: ignore[attr-defined]
    post(admin, f"/admin/users/{staff.id}/active", "/admin/users", active="1")
    sign_in(demo.test_client(), staff.email)
    assert actions_for(demo, staff.id).count(audit.USER_DEACTIVATED) == 1


def test_a_password_reset_forces_a_change_at_next_sign_in(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    page = post(admin, f"/admin/users/{staff.id}/reset-password", "/admin/users").get_data(as_text=True)  # type: ignore[attr-defined]
    temporary = re.search(r'id="temporary-password">([^<]+)<', page).group(1)  # type: ignore[union-attr]
    assert post_sign_in(demo.test_client(), staff.email, PASSWORD).status_code == 200  # the old one is gone
    client = demo.test_client()
    sign_in(client, staff.email, temporary)
    assert client.get("/facilitator/").headers["Location"] == "/account/password"
    assert audit.PASSWORD_RESET in actions_for(demo, staff.id)


def test_a_two_factor_reset_removes_the_app(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    client = demo.test_client()
    sign_in(client, staff.email)
    set_up_two_factor(client)
    assert "Reset two-factor sign-in" in admin.get(f"/admin/users/{staff.id}").get_data(as_text=True)
    response = post(admin, f"/admin/users/{staff.id}/reset-two-factor", "/admin/users")
    assert response.headers["Location"] == f"/admin/users/{staff.id}?done=two_factor"  # type: ignore[attr-defined]
    assert client.get("/account").status_code == 302
    sign_in(demo.test_client(), staff.email)  # password only now
    assert audit.TWO_FACTOR_RESET in actions_for(demo, staff.id)


def test_organisation_and_venue_forms(demo: Flask, admin: FlaskClient) -> None:
    empty = post(admin, "/admin/organisations/new", "/admin/organisations/new", name="", kind="")
    assert errors_on(empty.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "Enter the organisation's name", "Choose the type of organisation"]
    taken = post(admin, "/admin/organisations/new", "/admin/organisations/new",
                 name="Station Road Hostel (partner)", kind="partner")
    assert errors_on(taken.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "An organisation with this name already exists"]
    saved = post(admin, "/admin/organisations/new", "/admin/organisations/new", name="  Harbour   Trust ",
                 kind="partner", redact_places="Anchor House\n\n  The   Lighthouse \nAnchor House\n")
    location = saved.headers["Location"]  # type: ignore[attr-defined]
    organisation_id = int(re.search(r"/organisations/(\d+)", location).group(1))  # type: ignore[union-attr]
    with demo.app_context():
        organisation = db.session.get(Organisation, organisation_id)
        assert organisation is not None and organisation.name == "Harbour Trust"
        assert organisation.redact_places == "Anchor House\nThe Lighthouse"
    new_venue = f"/admin/organisations/{organisation_id}/venues/new"
    empty_venue = post(admin, new_venue, new_venue, name="", venue_type="")
    assert errors_on(empty_venue.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "Enter the venue's name", "Choose the type of venue"]
    post(admin, new_venue, new_venue, name="Harbour Drop-in", venue_type="drop_in", active="y")
    page = admin.get(f"/admin/organisations/{organisation_id}").get_data(as_text=True)
    assert "Harbour Drop-in" in page and "Drop-in" in page
    assert admin.get(f"/admin/organisations/{organisation_id}/venues/1").status_code == 404  # another's venue
    assert actions_for(demo, organisation_id)[:1] == [audit.ORGANISATION_SAVED]


@pytest.mark.parametrize(("names", "message"), [
    ("Big Al\n[NAME]", "Names can't contain [ or ]: ‘[NAME]’"),
    ("Big Al\n  x  ", "Each name must be 2 to 100 characters: ‘x’"),
    ("y" * 101, "Each name must be 2 to 100 characters"),
    ("Al\n" * 7000, "The list of names must be 20,000 characters or fewer"),
])
def test_organisation_names_are_validated(demo: Flask, admin: FlaskClient, names: str, message: str) -> None:
    page = post(admin, "/admin/organisations/new", "/admin/organisations/new", name="Quay Trust", kind="partner",
                redact_names=names)
    errors = errors_on(page.get_data(as_text=True))  # type: ignore[attr-defined]
    assert len(errors) == 1 and errors[0].startswith(message)
    with demo.app_context():
        assert db.session.scalar(select(Organisation).where(Organisation.name == "Quay Trust")) is None


def test_organisation_names_are_saved_shown_and_edited(demo: Flask, admin: FlaskClient) -> None:
    saved = post(admin, "/admin/organisations/new", "/admin/organisations/new", name="Quay Trust", kind="partner",
                 redact_places="Quay House", redact_names="Big  Al\n\n Smudge \nBig Al\n")
    organisation_id = int(re.search(r"/organisations/(\d+)", saved.headers["Location"]).group(1))  # type: ignore
    page = admin.get(f"/admin/organisations/{organisation_id}").get_data(as_text=True)
    assert "Names and nicknames to remove from answers" in page and "Big Al\nSmudge</textarea>" in page
    url = f"/admin/organisations/{organisation_id}"
    post(admin, url, url, name="Quay Trust", kind="partner", redact_places="Quay House", redact_names="Tank")
    with demo.app_context():
        organisation = db.session.get(Organisation, organisation_id)
        assert organisation is not None
        assert (organisation.redact_places, organisation.redact_names) == ("Quay House", "Tank")
        assert anonymiser_for_organisations(organisation_id).anonymise("tank and smudge").text == "[NAME] and smudge"
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.object_id == organisation_id)
                                   .order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.detail["names"] == 1 and "Tank" not in json.dumps(event.detail)


def test_retention_page_shows_and_explains_the_settings(demo: Flask, admin: FlaskClient) -> None:
    page = admin.get("/admin/retention").get_data(as_text=True)
    assert f"{demo.config['FREE_TEXT_RETENTION_DAYS']} days" in page and "FREE_TEXT_RETENTION_DAYS" in page


def test_audit_log_filters_and_pages(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    for _ in range(3):
        post_sign_in(demo.test_client(), staff.email, "wrong password here")
    with demo.app_context():
        for number in range(55):
            audit.record(audit.ANSWERS_READ, user_id=staff.id, object_type="consultation", object_id=number)
        db.session.commit()
    first = admin.get("/admin/audit").get_data(as_text=True)
    assert "page 1 of 2" in first and "/admin/audit?page=2" in first
    read = admin.get(f"/admin/audit?action={audit.ANSWERS_READ}&page=2").get_data(as_text=True)
    assert "55 events, page 2 of 2" in read and read.count("answers.read</td>") == 5
    failed = admin.get(f"/admin/audit?action={audit.SIGN_IN_FAILED}&user={staff.id}").get_data(as_text=True)
    assert re.search(r'id="audit-count">3 events<', failed)
    future = admin.get("/admin/audit?since=2999-01-01").get_data(as_text=True)
    assert re.search(r'id="audit-count">0 events<', future)
    bad = admin.get("/admin/audit?since=2026-13-01").get_data(as_text=True)
    assert errors_on(bad) == ["Enter a real date for ‘From’, like 2026-11-30"]


def test_audit_events_never_hold_answer_text(demo: Flask, admin: FlaskClient) -> None:
    staff = make_person(demo, "staff")
    post_sign_in(demo.test_client(), staff.email, "wrong password here")
    post(admin, f"/admin/users/{staff.id}/role", "/admin/users", role="facilitator")
    post(admin, f"/admin/users/{staff.id}/reset-password", "/admin/users")
    with demo.app_context():
        for bad in ({"text": "x"}, {"answer": "x"}, {"note": "a" * 200}, {"items": ["x"]}):
            with pytest.raises(audit.AuditDetailError):
                audit.record(audit.ANSWERS_CHANGED, user_id=staff.id, **bad)  # type: ignore[arg-type]
        db.session.rollback()
        answers = [text for text in db.session.scalars(select(Answer.text)) if text and len(text) > 12]
        stored = [(e.action, str(e.detail)) for e in db.session.scalars(select(AuditEvent))]
    assert answers and len(stored) >= 4
    for action, detail in stored:
        assert not any(answer in detail for answer in answers), action
        assert PASSWORD not in detail and "wrong password" not in detail
