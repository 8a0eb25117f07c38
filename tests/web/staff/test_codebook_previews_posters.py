"""The theme codebook editor, the kiosk and SMS previews, kiosk set-up links and bilingual posters."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from consult.services.questions import set_routes
from tests.web.staff.conftest import audit_events, create_consultation, demo_consultation, post


def test_the_codebook_starts_from_the_default_and_can_be_edited(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    base = f"/staff/consultations/{consultation_id}/themes"
    assert "Start from the default codebook" in staff.get(base).get_data(as_text=True)
    assert post(staff, f"{base}/default", {}, page=base).status_code == 302
    page = staff.get(base).get_data(as_text=True)
    assert page.count('class="govuk-summary-list__row"') == 19 and "Police contact and treatment" in page
    response = post(staff, f"{base}/new", {"name": "police contact and treatment"})
    assert response.status_code == 400
    assert "There is already a theme called ‘Police contact and treatment’" in response.get_data(as_text=True)
    assert "Enter the theme&#39;s name in English" in post(staff, f"{base}/new", {}).get_data(as_text=True)
    new = {
        "name": "Youth court",
        "name_cy": "Llys ieuenctid",
        "keywords": "court, magistrates,\njudge",
        "examples": "court was scary",
    }
    assert post(staff, f"{base}/new", new).status_code == 302
    theme_id = int(
        re.findall(
            r"themes/(\d+)/edit\">Change<span class=\"govuk-visually-hidden\"> Youth court",
            staff.get(base).get_data(as_text=True),
        )[0]
    )
    edit = staff.get(f"{base}/{theme_id}/edit").get_data(as_text=True)
    assert "court, magistrates, judge" in edit
    assert post(staff, f"{base}/{theme_id}/edit", {**new, "description": "Courts and sentencing"}).status_code == 302
    assert post(staff, f"{base}/{theme_id}/remove", {}, page=base).status_code == 302
    assert "Youth court" not in staff.get(base).get_data(as_text=True)
    actions = [e.action for e in audit_events(demo)]
    assert {"codebook.started_from_default", "theme.created", "theme.updated", "theme.dismissed"} <= set(actions)


def test_the_kiosk_preview_shows_both_languages_and_routes(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    with demo.app_context():
        from consult.extensions import db
        from consult.models import Consultation

        row = db.session.get(Consultation, consultation.id)
        set_routes(row, row.questions[0], {"no": row.questions[2].id})
    page = staff.get(f"/staff/consultations/{consultation.id}/preview/kiosk").get_data(as_text=True)
    assert "Have you had contact with the police in the last 12 months?" in page
    assert "Ydych chi wedi bod mewn cysylltiad â&#39;r heddlu yn y 12 mis diwethaf?" in page
    assert "If ‘No’: skip to question 3" in page
    assert "65 neu hŷn" in page


def test_the_sms_preview_is_the_conversation_as_text(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    page = staff.get(f"/staff/consultations/{consultation.id}/preview/sms").get_data(as_text=True)
    assert 'lang="en">VOICE</p>' in page and 'lang="cy">LLAIS</p>' in page
    assert "Your Police and Crime Commissioner wants your views: 7 questions." in page
    assert "GSM-7" in page and "1 text message" in page


def test_the_kiosk_set_up_link_sets_a_tablet_up_and_is_audited(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    page = staff.get(f"/staff/consultations/{consultation.id}/venues/1/kiosk").get_data(as_text=True)
    assert '<svg role="img" aria-label="QR code for the kiosk set-up link for' in page
    link = re.findall(r'href="(https://consult\.example\.org/kiosk/enrol/[^"]+)"', page)[0]
    tablet = demo.test_client()
    assert tablet.get(link.removeprefix("https://consult.example.org")).status_code == 302
    assert tablet.get("/kiosk/").status_code == 200
    event = [e for e in audit_events(demo) if e.action == "kiosk.setup_link_shown"][-1]
    assert event.detail == {"venue_id": 1}


def test_an_unknown_venue_or_consultation_is_not_found(staff: FlaskClient) -> None:
    assert staff.get("/staff/consultations/1/venues/999/poster").status_code == 404
    assert staff.get("/staff/consultations/999/venues/1/poster").status_code == 404
    assert staff.get("/staff/consultations/999").status_code == 404
    assert staff.get("/staff/consultations/1/questions/999/edit").status_code == 404


def test_the_poster_is_bilingual_with_keywords_number_and_qr_codes(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    url = f"/staff/consultations/{consultation.id}/venues/1/poster"
    english = staff.get(url).get_data(as_text=True)
    assert '<html lang="en"' in english and '<section class="app-poster__half" lang="cy">' in english
    assert "Text <strong>VOICE</strong> to <strong>07700 900000</strong>" in english
    assert "Tecstiwch <strong>LLAIS</strong> i <strong>07700 900000</strong>" in english
    assert english.count('<svg role="img"') == 2 and "css/poster.css" in english
    assert "We do not keep your phone number" in english and "Dydyn ni ddim yn cadw eich rhif ffôn" in english
    assert "Riverside Women&#39;s Centre" in english
    assert english.index("<h1") < english.index("Text <strong>VOICE") < english.index("Tecstiwch")
    welsh = staff.get(f"{url}?lang=cy").get_data(as_text=True)
    assert '<html lang="cy"' in welsh and '<section class="app-poster__half" lang="en">' in welsh
    assert welsh.index("Tecstiwch") < welsh.index("Text <strong>VOICE")


def test_the_poster_leaves_out_texting_when_there_is_no_number(staff: FlaskClient, demo: Flask) -> None:
    demo.config["TWILIO_FROM_NUMBER"] = ""
    page = staff.get("/staff/consultations/1/venues/1/poster").get_data(as_text=True)
    assert "Or send a text" not in page and "Use the tablet here" in page
