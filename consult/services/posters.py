"""Kiosk set-up links and printable posters for a venue and consultation, with QR codes as SVG."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
import segno
from flask import current_app, url_for
from markupsafe import Markup, escape

from consult.data import consultations as consultation_data
from consult.extensions import db
from consult.models import Consultation, Venue
from consult.services.audit import record_by_current_user as record
from consult.services.kiosk_enrolment import ENROLMENT_MAX_AGE, enrolment_token

SETUP_LINK_DAYS = ENROLMENT_MAX_AGE // 86400


@dataclass(frozen=True)
class SmsContact:
    number: str  # as people dial it in the UK: 07700 900000
    uri_en: str  # sms: link that opens a text with the English keyword
    uri_cy: str


def list_venues() -> list[Venue]:
    return consultation_data.list_venues()


def get_venue(venue_id: int) -> Venue | None:
    venue = consultation_data.get_venue(venue_id)
    return venue if venue is not None and venue.active else None


def kiosk_setup_link(consultation: Consultation, venue: Venue) -> str:
    """A signed link that sets a tablet up as this venue's kiosk (works for a week). Audited: it grants a kiosk."""
    token = enrolment_token(venue.name, consultation.slug)
    record("kiosk.setup_link_shown", "consultation", consultation.id, venue_id=venue.id)
    db.session.commit()
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + url_for("kiosk.enrol", token=token)


def sms_contact(consultation: Consultation) -> SmsContact | None:
    """The number people text and links that start the text, when texting is set up."""
    raw = current_app.config.get("TWILIO_FROM_NUMBER") or ""
    if not raw or not consultation.sms_keyword:
        return None
    try:
        parsed = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    welsh = consultation.sms_keyword_cy or consultation.sms_keyword
    return SmsContact(national, f"sms:{e164}?body={consultation.sms_keyword}", f"sms:{e164}?body={welsh}")


def qr_svg(data: str, label: str, scale: int = 4) -> Markup:
    """A QR code as inline SVG with an accessible name (no image file, no network)."""
    svg = segno.make(data, error="m").svg_inline(scale=scale, dark="#0b0c0c", light="#ffffff", border=2)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" focusable="false" ', 1)
    return Markup(svg)  # segno's own markup; the label is escaped
