"""Kiosk set-up links and bilingual A4 posters, per venue and consultation."""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue
from flask_babel import force_locale
from flask_babel import gettext as _
from markupsafe import Markup

from consult.models import Consultation, Venue
from consult.services import posters
from consult.web.language import other_language
from consult.web.staff.blueprint import bp, consultation_or_404, render
from consult.web.template_globals import current_language

VENUE = "/consultations/<int:consultation_id>/venues/<int:venue_id>"


def _venue_or_404(venue_id: int) -> Venue:
    venue = posters.get_venue(venue_id)
    if venue is None:
        abort(404)
    return venue


@bp.get("/consultations/<int:consultation_id>/kiosks")
def kiosks(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render("staff/kiosks.html", consultation=consultation, venues=posters.list_venues())


@bp.get(f"{VENUE}/kiosk")
def kiosk_setup(consultation_id: int, venue_id: int) -> ResponseReturnValue:
    consultation, venue = consultation_or_404(consultation_id), _venue_or_404(venue_id)
    link = posters.kiosk_setup_link(consultation, venue)
    return render(
        "staff/kiosk_setup.html",
        consultation=consultation,
        venue=venue,
        link=link,
        qr=posters.qr_svg(link, f"QR code for the kiosk set-up link for {venue.name}"),
        days=posters.SETUP_LINK_DAYS,
    )


@bp.get(f"{VENUE}/poster")
def poster(consultation_id: int, venue_id: int) -> ResponseReturnValue:
    """Bilingual: the page's language first, the other one after it (marked with its own lang)."""
    consultation, venue = consultation_or_404(consultation_id), _venue_or_404(venue_id)
    first = current_language()
    halves = [
        _half(consultation, venue, language, level) for level, language in ((1, first), (2, other_language(first)))
    ]
    return render_template("staff/poster.html", consultation=consultation, halves=halves)


def _half(consultation: Consultation, venue: Venue, language: str, level: int) -> dict[str, object]:
    contact = posters.sms_contact(consultation)
    with force_locale(language):
        html = render_template(
            "staff/poster_half.html",
            consultation=consultation,
            venue=venue,
            language=language,
            level=level,
            contact=contact,
            qr=_sms_qr(contact, language),
        )
    return {"language": language, "html": Markup(html)}  # our own template, already escaped


def _sms_qr(contact: posters.SmsContact | None, language: str) -> object:
    if contact is None:
        return None
    with force_locale(language):
        return posters.qr_svg(
            contact.uri_cy if language == "cy" else contact.uri_en, _("QR code: scan to start the text")
        )
