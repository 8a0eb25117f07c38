"""Binding a tablet to a venue and consultation with signed tokens (no account on the tablet)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

from consult.data import consultations as consultation_data

ENROLMENT_MAX_AGE = 7 * 24 * 3600  # a set-up link works for a week
DEVICE_MAX_AGE = 365 * 24 * 3600  # a set-up tablet stays set up for a year


class EnrolmentError(ValueError):
    """The venue or consultation named for a kiosk link does not exist."""


@dataclass(frozen=True)
class KioskDevice:
    consultation_id: int
    venue_id: int | None


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _dump(salt: str, device: KioskDevice) -> str:
    return _serializer(salt).dumps({"c": device.consultation_id, "v": device.venue_id})


def _load(salt: str, token: str | None, max_age: int) -> KioskDevice | None:
    if not token:
        return None
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except BadSignature:
        return None
    return KioskDevice(consultation_id=int(data["c"]), venue_id=data["v"])


def enrolment_token(venue_name: str, consultation_slug: str) -> str:
    """A set-up link token for a venue (by name) and consultation (by slug)."""
    venue = consultation_data.get_venue_by_name(venue_name)
    if venue is None:
        raise EnrolmentError(f"No venue called {venue_name!r}")
    consultation = consultation_data.get_consultation_by_slug(consultation_slug)
    if consultation is None:
        raise EnrolmentError(f"No consultation with slug {consultation_slug!r}")
    return _dump("kiosk-enrolment", KioskDevice(consultation.id, venue.id))


def device_from_enrolment(token: str) -> KioskDevice | None:
    return _load("kiosk-enrolment", token, ENROLMENT_MAX_AGE)


def device_cookie_value(device: KioskDevice) -> str:
    return _dump("kiosk-device", device)


def device_from_cookie(value: str | None) -> KioskDevice | None:
    return _load("kiosk-device", value, DEVICE_MAX_AGE)
