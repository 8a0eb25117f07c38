"""The venue view: responses per venue and channel by week, and kiosk set-up links."""

from __future__ import annotations

from flask import render_template
from flask.typing import ResponseReturnValue

from consult.services.venue_view import venue_view
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp


@bp.get("/venues")
def venues() -> ResponseReturnValue:
    return render_template("facilitator/venues.html", view=venue_view(signed_in_user()))
