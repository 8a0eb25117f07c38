"""Organisations and venues: the facilitator's view of their own, and the admin's edits.

``scope`` is an organisation id for a facilitator (only that organisation's rows are found) or
None for staff and admin (every row).
"""

from __future__ import annotations

from dataclasses import dataclass

from consult.data import organisations as organisation_data
from consult.extensions import db
from consult.models import Organisation, OrganisationKind, Venue, VenueType
from consult.services import audit, cache

VENUE_TYPE_LABELS = {
    VenueType.WOMENS_CENTRE: "Women's centre",
    VenueType.HOSTEL: "Hostel",
    VenueType.PROBATION_FORUM: "Probation forum",
    VenueType.APPROVED_PREMISES: "Approved premises",
    VenueType.DROP_IN: "Drop-in",
    VenueType.OTHER: "Other",
}
KIND_LABELS = {OrganisationKind.PCC_OFFICE: "PCC office", OrganisationKind.PARTNER: "Partner organisation"}


@dataclass(frozen=True)
class VenueSummary:
    id: int
    name: str
    venue_type: str
    organisation: str
    active: bool
    responses: int


@dataclass(frozen=True)
class FacilitatorOverview:
    organisation: str
    venues: list[VenueSummary]
    all_organisations: bool  # staff and admin see every venue


def _summary(venue: Venue, with_count: bool = False) -> VenueSummary:
    count = organisation_data.count_responses_at_venue(venue.id) if with_count else 0
    return VenueSummary(venue.id, venue.name, VENUE_TYPE_LABELS[venue.venue_type], venue.organisation.name,
                        venue.active, count)


def facilitator_overview(organisation_id: int | None, scope: int | None) -> FacilitatorOverview:
    own = organisation_data.get_organisation(organisation_id) if organisation_id is not None else None
    venues = [_summary(venue) for venue in organisation_data.list_venues(scope)]
    return FacilitatorOverview(own.name if own else "", venues, scope is None)


def venue_summary(venue_id: int, scope: int | None) -> VenueSummary | None:
    """A venue with its response count, or None if it does not exist or is outside the scope."""
    venue = organisation_data.get_venue(venue_id, scope)
    return _summary(venue, with_count=True) if venue else None


class OrganisationError(ValueError):
    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def list_organisations() -> list[Organisation]:
    return organisation_data.list_organisations()


def get_organisation(organisation_id: int) -> Organisation | None:
    return organisation_data.get_organisation(organisation_id)


def get_venue(venue_id: int) -> Venue | None:
    return organisation_data.get_venue(venue_id)


def _clean_places(places: str) -> str:
    """One named place (or name) a line, trimmed, without blanks or repeats."""
    seen: dict[str, None] = {}
    for line in places.splitlines():
        if line.strip():
            seen.setdefault(" ".join(line.split()), None)
    return "\n".join(seen)


def save_organisation(actor_id: int, organisation_id: int | None, name: str, kind: OrganisationKind,
                      redact_places: str, redact_names: str = "") -> Organisation:
    """Create (no id) or update an organisation; names are unique."""
    name = " ".join(name.split())
    clash = organisation_data.get_organisation_by_name(name)
    if clash is not None and clash.id != organisation_id:
        raise OrganisationError("An organisation with this name already exists", "name")
    if organisation_id is None:
        organisation = organisation_data.create_organisation(name, kind, _clean_places(redact_places),
                                                            _clean_places(redact_names))
    else:
        found = organisation_data.get_organisation(organisation_id)
        if found is None:
            raise OrganisationError("This organisation no longer exists", "name")
        organisation = found
        organisation.name, organisation.kind = name, kind
        organisation.redact_places = _clean_places(redact_places)
        organisation.redact_names = _clean_places(redact_names)
    db.session.flush()
    audit.record(audit.ORGANISATION_SAVED, user_id=actor_id, object_type="organisation", object_id=organisation.id,
                 created=organisation_id is None, places=len(organisation.redact_places.splitlines()),
                 names=len(organisation.redact_names.splitlines()))
    db.session.commit()
    cache.clear()  # place and name lists feed the anonymiser
    return organisation


def save_venue(actor_id: int, organisation_id: int, venue_id: int | None, name: str, venue_type: VenueType,
               active: bool) -> Venue:
    """Create (no id) or update one of an organisation's venues."""
    organisation = organisation_data.get_organisation(organisation_id)
    if organisation is None:
        raise OrganisationError("This organisation no longer exists", "name")
    name = " ".join(name.split())
    if venue_id is None:
        venue = organisation_data.create_venue(organisation, name, venue_type)
    else:
        found = organisation_data.get_venue(venue_id, organisation_id)
        if found is None:
            raise OrganisationError("This venue no longer exists", "name")
        venue = found
        venue.name, venue.venue_type, venue.active = name, venue_type, active
    db.session.flush()
    audit.record(audit.VENUE_SAVED, user_id=actor_id, object_type="venue", object_id=venue.id,
                 organisation_id=organisation_id, created=venue_id is None, active=venue.active)
    db.session.commit()
    cache.clear()  # place and name lists feed the anonymiser
    return venue
