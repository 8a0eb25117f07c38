"""Organisation and venue queries."""

from __future__ import annotations

from sqlalchemy import select

from consult.extensions import db
from consult.models import Organisation, OrganisationKind, Venue, VenueType


def get_organisation_by_name(name: str) -> Organisation | None:
    return db.session.scalar(select(Organisation).where(Organisation.name == name))


def create_organisation(name: str, kind: OrganisationKind, redact_places: str = "",
                        redact_names: str = "") -> Organisation:
    organisation = Organisation(name=name, kind=kind, redact_places=redact_places, redact_names=redact_names)
    db.session.add(organisation)
    db.session.flush()
    return organisation


def create_venue(organisation: Organisation, name: str, venue_type: VenueType) -> Venue:
    venue = Venue(organisation_id=organisation.id, name=name, venue_type=venue_type)
    db.session.add(venue)
    db.session.flush()
    return venue


def get_organisation(organisation_id: int) -> Organisation | None:
    return db.session.get(Organisation, organisation_id)


def list_organisations() -> list[Organisation]:
    return list(db.session.scalars(select(Organisation).order_by(Organisation.kind, Organisation.name)))


def list_venues(organisation_id: int | None = None) -> list[Venue]:
    """Venues, all or one organisation's, by name."""
    query = select(Venue).order_by(Venue.name, Venue.id)
    if organisation_id is not None:
        query = query.where(Venue.organisation_id == organisation_id)
    return list(db.session.scalars(query))


def get_venue(venue_id: int, organisation_id: int | None = None) -> Venue | None:
    """A venue by id; with ``organisation_id``, only if it belongs to that organisation."""
    query = select(Venue).where(Venue.id == venue_id)
    if organisation_id is not None:
        query = query.where(Venue.organisation_id == organisation_id)
    return db.session.scalar(query)


def count_responses_at_venue(venue_id: int) -> int:
    from sqlalchemy import func

    from consult.models import Response

    return int(db.session.scalar(select(func.count(Response.id)).where(Response.venue_id == venue_id)) or 0)
