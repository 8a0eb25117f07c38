"""Organisation and venue queries."""

from __future__ import annotations

from sqlalchemy import select

from consult.extensions import db
from consult.models import Organisation, OrganisationKind, Venue, VenueType


def get_organisation_by_name(name: str) -> Organisation | None:
    return db.session.scalar(select(Organisation).where(Organisation.name == name))


def create_organisation(name: str, kind: OrganisationKind, redact_places: str = "") -> Organisation:
    organisation = Organisation(name=name, kind=kind, redact_places=redact_places)
    db.session.add(organisation)
    db.session.flush()
    return organisation


def create_venue(organisation: Organisation, name: str, venue_type: VenueType) -> Venue:
    venue = Venue(organisation_id=organisation.id, name=name, venue_type=venue_type)
    db.session.add(venue)
    db.session.flush()
    return venue
