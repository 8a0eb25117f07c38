"""The facilitator's blueprint and who may use it, declared once.

Facilitators, PCC staff and admins. What each sees is scoped by the services (a facilitator only
their organisation's venues). Pages are English only and never cached: they show what people wrote.
"""

from __future__ import annotations

from flask import Blueprint, g
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.models import Role
from consult.web.access import require_role

bp = Blueprint("facilitator", __name__, url_prefix="/facilitator")
bp.before_request(require_role(Role.FACILITATOR, Role.STAFF, Role.ADMIN))


@bp.before_request
def english_only() -> None:
    g.english_only = True


@bp.after_request
def never_cache(response: WerkzeugResponse) -> WerkzeugResponse:
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response
