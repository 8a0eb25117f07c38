"""One anonymiser per organisations' place list, for every channel.

Building an anonymiser is slow and the place list changes rarely, so the list is read at
most once per cache period (``consult.services.cache``) and an anonymiser is built once
per distinct list. The kiosk, SMS, imports and the demo all call
:func:`anonymiser_for_organisations`: no channel queries place names per answer.
"""

from __future__ import annotations

from functools import lru_cache

from consult.data.consultations import list_place_names
from consult.pipeline.anonymise import Anonymiser
from consult.services.cache import cached


@lru_cache(maxsize=32)
def _anonymiser_for(places: tuple[str, ...]) -> Anonymiser:
    return Anonymiser(places=places)


def _place_names() -> tuple[str, ...]:
    return tuple(sorted(set(list_place_names())))


def anonymiser_for_organisations() -> Anonymiser:
    """Redacts every organisation's venues and named places as [PLACE]."""
    return _anonymiser_for(cached("place_names", _place_names))
