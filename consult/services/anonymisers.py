"""One anonymiser per set of named places and names, built once per process (building one is slow)."""

from __future__ import annotations

from functools import lru_cache

from consult.data.consultations import get_venue_organisation_id, list_place_names, list_redact_names
from consult.pipeline.anonymise import Anonymiser


@lru_cache(maxsize=32)
def _anonymiser_for(places: tuple[str, ...], names: tuple[str, ...] = ()) -> Anonymiser:
    return Anonymiser(places=places, names=names)


def anonymiser_for_organisations(organisation_id: int | None = None) -> Anonymiser:
    """Redacts every organisation's venues and named places as [PLACE], and the answering
    organisation's own names (local nicknames) as [NAME]: never another organisation's.

    The lists are read afresh on each call and are the cache key, so an edit takes effect on the
    next answer.
    """
    names = tuple(sorted(set(list_redact_names(organisation_id)))) if organisation_id is not None else ()
    return _anonymiser_for(tuple(sorted(set(list_place_names()))), names)


def anonymiser_for_venue(venue_id: int | None) -> Anonymiser:
    """The anonymiser for an answer given at a venue (None: no venue, so no organisation's names)."""
    return anonymiser_for_organisations(get_venue_organisation_id(venue_id) if venue_id is not None else None)
