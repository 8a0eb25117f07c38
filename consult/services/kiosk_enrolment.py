"""Binding a tablet to a venue and consultation with signed tokens (no account on the tablet).

A set-up link carries a random nonce and works once: using it records a ``KioskTablet`` row.
The tablet's cookie names only that row, so staff can revoke one tablet without touching others.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.exc import IntegrityError

from consult.data import consultations as consultation_data
from consult.data import kiosk as kiosk_data
from consult.extensions import db
from consult.services import audit

ENROLMENT_MAX_AGE = 7 * 24 * 3600  # a set-up link works for a week, once
DEVICE_MAX_AGE = 365 * 24 * 3600  # a set-up tablet stays set up for a year unless revoked
_LINK_SALT = "kiosk-enrolment"
_DEVICE_SALT = "kiosk-device"


class EnrolmentError(ValueError):
    """The venue or consultation named for a kiosk link does not exist."""


@dataclass(frozen=True)
class KioskDevice:
    consultation_id: int
    venue_id: int | None
    tablet_id: str = ""


@dataclass(frozen=True)
class TabletSummary:
    """One enrolled tablet as staff see it (for ``consult kiosk-revoke --list`` and admin pages)."""

    tablet_id: str
    venue: str
    consultation: str
    enrolled_at: datetime
    revoked: bool
    consultation_title: str = ""


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _loads(salt: str, token: str | None, max_age: int) -> dict[str, Any] | None:
    """The signed payload as a dict, or None for anything forged, expired or oddly shaped."""
    if not token:
        return None
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except BadSignature:
        return None
    return data if isinstance(data, dict) else None


def _id_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def enrolment_token(venue_name: str, consultation_slug: str) -> str:
    """A one-use set-up link token for a venue (by name) and consultation (by slug)."""
    venue = consultation_data.get_venue_by_name(venue_name)
    if venue is None:
        raise EnrolmentError(f"No venue called {venue_name!r}")
    consultation = consultation_data.get_consultation_by_slug(consultation_slug)
    if consultation is None:
        raise EnrolmentError(f"No consultation with slug {consultation_slug!r}")
    payload = {"c": consultation.id, "v": venue.id, "n": secrets.token_hex(16)}
    return _serializer(_LINK_SALT).dumps(payload)


def enrol_tablet(token: str) -> KioskDevice | None:
    """Use a set-up link: record the tablet, or None if the link is forged, expired or used."""
    data = _loads(_LINK_SALT, token, ENROLMENT_MAX_AGE)
    if data is None:
        return None
    consultation_id, venue_id, nonce = _id_or_none(data.get("c")), data.get("v"), data.get("n")
    venue_ok = venue_id is None or _id_or_none(venue_id) is not None
    if consultation_id is None or not isinstance(nonce, str) or not venue_ok:
        return None
    public_id = secrets.token_hex(8)
    try:
        kiosk_data.create_tablet(public_id, nonce, consultation_id, venue_id)
        db.session.commit()
    except IntegrityError:  # this link already set a tablet up
        db.session.rollback()
        return None
    return KioskDevice(consultation_id, venue_id, public_id)


def device_cookie_value(device: KioskDevice) -> str:
    return _serializer(_DEVICE_SALT).dumps({"t": device.tablet_id})


def device_from_cookie(value: str | None) -> KioskDevice | None:
    """The tablet a cookie names, unless it is forged, malformed, unknown or revoked."""
    data = _loads(_DEVICE_SALT, value, DEVICE_MAX_AGE)
    tablet_id = data.get("t") if data else None
    if not isinstance(tablet_id, str):
        return None
    tablet = kiosk_data.get_tablet(tablet_id)
    if tablet is None or tablet.revoked_at is not None:
        return None
    return KioskDevice(tablet.consultation_id, tablet.venue_id, tablet.public_id)


def revoke_tablet(tablet_id: str, actor_id: int | None = None) -> bool:
    """Stop a tablet working as a kiosk at once, audited (``actor_id`` is None from the command line);
    False when no such tablet exists. Revoking a revoked tablet changes nothing."""
    tablet = kiosk_data.get_tablet(tablet_id)
    if tablet is None:
        return False
    if tablet.revoked_at is None:
        tablet.revoked_at = datetime.now(UTC)
        audit.record(audit.TABLET_REVOKED, user_id=actor_id, object_type="kiosk_tablet", object_id=tablet.id)
        db.session.commit()
    return True


def list_tablets() -> list[TabletSummary]:
    summaries = []
    for tablet in kiosk_data.list_tablets():
        consultation = consultation_data.get_consultation(tablet.consultation_id)
        venue = consultation_data.get_venue(tablet.venue_id) if tablet.venue_id else None
        summaries.append(TabletSummary(
            tablet.public_id, venue.name if venue else "", consultation.slug if consultation else "",
            tablet.enrolled_at, tablet.revoked_at is not None, consultation.title_en if consultation else "",
        ))
    return summaries
