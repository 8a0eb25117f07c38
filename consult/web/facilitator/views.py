"""The facilitator's home and venue pages, scoped to their own organisation.

Another organisation's venue id answers 404, the same as a venue that does not exist.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask.typing import ResponseReturnValue

from consult.models import Role
from consult.services import organisations
from consult.web.access import current_organisation_id, never_cache, organisation_scope, require_role
from consult.web.language import english_only

bp = english_only(Blueprint("facilitator", __name__, url_prefix="/facilitator"))
bp.before_request(require_role(Role.FACILITATOR, Role.STAFF, Role.ADMIN))
bp.after_request(never_cache)


@bp.get("/")
def home() -> ResponseReturnValue:
    overview = organisations.facilitator_overview(current_organisation_id(), organisation_scope())
    return render_template("facilitator/home.html", overview=overview)


@bp.get("/venues/<int:venue_id>")
def venue(venue_id: int) -> ResponseReturnValue:
    found = organisations.venue_summary(venue_id, organisation_scope())
    if found is None:
        abort(404)
    return render_template("facilitator/venue.html", venue=found)
