"""The facilitator's home and venue pages, scoped to their own organisation.

Another organisation's venue id answers 404, the same as a venue that does not exist.
"""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue

from consult.services import organisations
from consult.services.safeguarding_queue import open_safeguarding_count
from consult.web.access import current_organisation_id, organisation_scope, signed_in_user
from consult.web.facilitator.blueprint import bp


@bp.get("/")
def home() -> ResponseReturnValue:
    overview = organisations.facilitator_overview(current_organisation_id(), organisation_scope())
    return render_template("facilitator/home.html", overview=overview,
                           open_flags=open_safeguarding_count(signed_in_user()))


@bp.get("/venues/<int:venue_id>")
def venue(venue_id: int) -> ResponseReturnValue:
    found = organisations.venue_summary(venue_id, organisation_scope())
    if found is None:
        abort(404)
    return render_template("facilitator/venue.html", venue=found)
