"""One anonymiser per set of named places, built once per process (building one is slow)."""

from __future__ import annotations

from functools import lru_cache

from consult.data.consultations import list_place_names
from consult.pipeline.anonymise import Anonymiser


@lru_cache(maxsize=32)
def _anonymiser_for(places: tuple[str, ...]) -> Anonymiser:
    return Anonymiser(places=places)


def anonymiser_for_organisations() -> Anonymiser:
    """Redacts every organisation's venues and named places as [PLACE]."""
    return _anonymiser_for(tuple(sorted(set(list_place_names()))))
