"""One anonymiser per organisations' place list (and answering organisation's names), for every channel.

Building an anonymiser is slow and the lists change rarely, so each list is read at most once
per cache period (``consult.services.cache``) and an anonymiser is built once per distinct pair
of lists. The kiosk, SMS, mediated entry, imports and the demo all come here: no channel
queries the lists per answer. A service that changes a list clears the cache, so the change
applies to the next answer in that process, and within ``CACHE_SECONDS`` in the others.
"""

from __future__ import annotations

from functools import lru_cache

from consult.data.consultations import get_venue_organisation_id, list_place_names, list_redact_names
from consult.pipeline.anonymise import Anonymiser
from consult.services.cache import cached


@lru_cache(maxsize=32)
def _anonymiser_for(places: tuple[str, ...], names: tuple[str, ...] = ()) -> Anonymiser:
    return Anonymiser(places=places, names=names)


def _place_names() -> tuple[str, ...]:
    return tuple(sorted(set(list_place_names())))


def anonymiser_for_organisations(organisation_id: int | None = None) -> Anonymiser:
    """Redacts every organisation's venues and named places as [PLACE], and the answering
    organisation's own names (local nicknames) as [NAME]: never another organisation's."""
    places = cached("anonymiser:places", _place_names)
    if organisation_id is None:
        return _anonymiser_for(places)
    names = cached(
        f"anonymiser:names:{organisation_id}", lambda: tuple(sorted(set(list_redact_names(organisation_id))))
    )
    return _anonymiser_for(places, names)


def anonymiser_for_venue(venue_id: int | None) -> Anonymiser:
    """The anonymiser for an answer given at a venue (None: no venue, so no organisation's names)."""
    if venue_id is None:
        return anonymiser_for_organisations(None)
    organisation_id = cached(f"anonymiser:venue:{venue_id}", lambda: get_venue_organisation_id(venue_id))
    return anonymiser_for_organisations(organisation_id)
