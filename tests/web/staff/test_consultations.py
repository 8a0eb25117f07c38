"""The consultation builder's details, keywords, and opening, closing and reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.models import ConsultationStatus, Role
from consult.services.kiosk_enrolment import enrolment_token
from tests.web.staff.conftest import (
    CONSULTATION,
    add_question,
    audit_events,
    create_consultation,
    demo_consultation,
    post,
)

NEXT_YEAR = datetime.now(UTC).date() + timedelta(days=365)


def _date(value: date) -> list[str]:
    return [str(value.day), str(value.month), str(value.year)]


def test_anonymous_people_and_kiosks_are_sent_to_sign_in(demo: Flask) -> None:
    assert demo.test_client().get("/staff/consultations").status_code == 302
    kiosk = demo.test_client()
    with demo.app_context():
        token = enrolment_token("Riverside Women's Centre", "your-voice-2027")
    kiosk.get(f"/kiosk/enrol/{token}")
    assert kiosk.get("/staff/consultations").status_code == 302


@pytest.mark.parametrize(("role", "status"), [(Role.FACILITATOR, 403), (Role.STAFF, 200), (Role.ADMIN, 200)])
def test_only_staff_and_admins_build(signed_in: Callable[[Role], FlaskClient], role: Role, status: int) -> None:
    client = signed_in(role)
    assert client.get("/staff/consultations").status_code == status
    assert client.get("/staff/consultations/1/questions/1/edit").status_code == status


def test_the_list_shows_every_consultation(staff: FlaskClient) -> None:
    page = staff.get("/staff/consultations").get_data(as_text=True)
    assert "Your voice: police, support and getting back on your feet" in page
    assert 'lang="en"' in page and "Cymraeg" not in page  # staff pages are English only


def test_an_empty_form_says_what_is_missing(staff: FlaskClient) -> None:
    response = post(staff, "/staff/consultations/new", {})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "There is a problem" in page
    for message in (
        "Enter a title in English",
        "Enter a title in Welsh",
        "Enter why you are asking, in English",
        "Enter why you are asking, in Welsh",
        "Enter who is asking, in English",
        "Enter who is asking, in Welsh",
        "Choose at least one duty this consultation helps meet",
    ):
        assert message in page
    assert 'href="#title_en"' in page and 'href="#statutory_purposes"' in page


def test_too_long_a_title_is_refused(staff: FlaskClient) -> None:
    response = post(staff, "/staff/consultations/new", {**CONSULTATION, "title_en": "x" * 201})
    assert response.status_code == 400
    assert "Title must be 200 characters or fewer" in response.get_data(as_text=True)


def test_a_consultation_is_created_as_a_draft_and_audited(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    page = staff.get(f"/staff/consultations/{consultation_id}").get_data(as_text=True)
    assert "Policing the town centre" in page and "Draft" in page
    assert "Views of the public on policing, The police and crime plan" in page
    assert "TOWN" in page and "TREF" in page
    events = [e for e in audit_events(demo) if e.object_id == consultation_id]
    assert [e.action for e in events] == ["consultation.created"]
    assert events[0].user_id is not None


@pytest.mark.parametrize(
    ("keyword", "keyword_cy", "field", "message"),
    [
        (
            "VOICE",
            "TREF",
            "sms_keyword",
            "VOICE is already a keyword of ‘Your voice: police, support and getting back on "
            "your feet’, which is open: choose another",
        ),
        ("TOWN", "voice!", "sms_keyword_cy", "VOICE is already a keyword of"),
        ("LLAIS", "TREF", "sms_keyword", "LLAIS is already a keyword of"),
        ("stop", "TREF", "sms_keyword", "STOP already means something in every text conversation"),
        ("TOWN", "NESAF", "sms_keyword_cy", "NESAF already means something in every text conversation"),
        ("TOWN", "town", "sms_keyword_cy", "The Welsh keyword must be different from the English one"),
        ("T", "TREF", "sms_keyword", "A keyword must be 2 to 20 letters or numbers"),
    ],
)
def test_keywords_must_be_free_among_open_consultations(
    staff: FlaskClient, keyword: str, keyword_cy: str, field: str, message: str
) -> None:
    response = post(
        staff, "/staff/consultations/new", {**CONSULTATION, "sms_keyword": keyword, "sms_keyword_cy": keyword_cy}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page
    assert f'href="#{field}"' in page


def test_a_closed_consultations_keyword_can_be_used_once_it_lets_go(staff: FlaskClient, demo: Flask) -> None:
    demo_id = demo_consultation(demo).id
    assert (
        post(staff, f"/staff/consultations/{demo_id}/close", {}, page=f"/staff/consultations/{demo_id}").status_code
        == 302
    )
    # The Welsh field may take the closed consultation's English keyword at once...
    create_consultation(staff, sms_keyword="TOWN", sms_keyword_cy="VOICE")
    # ...but the same field names who still holds it.
    response = post(staff, "/staff/consultations/new", {**CONSULTATION, "sms_keyword": "VOICE", "sms_keyword_cy": "X2"})
    assert "VOICE is still held by ‘Your voice" in response.get_data(as_text=True)


def test_editing_records_which_fields_changed(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    url = f"/staff/consultations/{consultation_id}/edit"
    assert "Policing the town centre" in staff.get(url).get_data(as_text=True)
    response = post(staff, url, {**CONSULTATION, "title_en": "Safer streets"})
    assert response.status_code == 302
    updated = [e for e in audit_events(demo) if e.action == "consultation.updated"]
    assert updated[-1].detail == {"fields": "title_en"}


def test_open_needs_questions_and_a_future_closing_date(staff: FlaskClient) -> None:
    consultation_id = create_consultation(staff)
    url = f"/staff/consultations/{consultation_id}/open"
    page = post(staff, url, {"closes_on": _date(NEXT_YEAR)}).get_data(as_text=True)
    assert "Add at least one question before opening the consultation" in page
    add_question(staff, consultation_id)
    assert "Enter the closing date" in post(staff, url, {}).get_data(as_text=True)
    partial = post(staff, url, {"closes_on": ["31"]})
    assert partial.status_code == 400 and "Closing date must include a day, month and year" in partial.get_data(
        as_text=True
    )
    assert "Closing date must be a real date" in post(staff, url, {"closes_on": ["31", "2", "2030"]}).get_data(
        as_text=True
    )
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    page = post(staff, url, {"closes_on": _date(yesterday)}).get_data(as_text=True)
    assert "The closing date must be in the future" in page and 'href="#closes_on-day"' in page


def test_open_close_and_reopen_with_dates(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(staff, consultation_id)
    assert (
        post(staff, f"/staff/consultations/{consultation_id}/open", {"closes_on": _date(NEXT_YEAR)}).status_code == 302
    )
    page = staff.get(f"/staff/consultations/{consultation_id}").get_data(as_text=True)
    assert "Open</strong>" in page and NEXT_YEAR.strftime("%-d %B %Y") in page
    assert (
        post(
            staff, f"/staff/consultations/{consultation_id}/close", {}, page=f"/staff/consultations/{consultation_id}"
        ).status_code
        == 302
    )
    assert "Closed</strong>" in staff.get(f"/staff/consultations/{consultation_id}").get_data(as_text=True)
    later = NEXT_YEAR + timedelta(days=30)
    assert "Reopen the consultation" in staff.get(f"/staff/consultations/{consultation_id}/open").get_data(as_text=True)
    assert post(staff, f"/staff/consultations/{consultation_id}/open", {"closes_on": _date(later)}).status_code == 302
    actions = [e.action for e in audit_events(demo) if e.object_id == consultation_id]
    assert actions[-3:] == ["consultation.opened", "consultation.closed", "consultation.reopened"]
    assert demo_status(demo, consultation_id) is ConsultationStatus.OPEN


def test_reopening_refuses_a_keyword_another_open_consultation_took(staff: FlaskClient, demo: Flask) -> None:
    demo_id = demo_consultation(demo).id
    post(staff, f"/staff/consultations/{demo_id}/close", {}, page=f"/staff/consultations/{demo_id}")
    newer = create_consultation(staff, sms_keyword="TOWN", sms_keyword_cy="VOICE")
    add_question(staff, newer)
    assert post(staff, f"/staff/consultations/{newer}/open", {"closes_on": _date(NEXT_YEAR)}).status_code == 302
    response = post(staff, f"/staff/consultations/{demo_id}/open", {"closes_on": _date(NEXT_YEAR)})
    assert response.status_code == 400
    assert "VOICE is already a keyword of ‘Policing the town centre’, which is open" in response.get_data(as_text=True)


def demo_status(app: Flask, consultation_id: int) -> ConsultationStatus:
    from consult.extensions import db
    from consult.models import Consultation

    with app.app_context():
        return db.session.get(Consultation, consultation_id).status  # type: ignore[union-attr]
